-- checks %w %x and their complements %W %X
local s = "id_42: 0x1F, color=#A0b9ff; zz"
print((s:gsub("%w", "")))
print((s:gsub("%W", "")))
print(s:match("0x(%x+)"))
print(s:match("#(%x+)"))
print(tonumber(s:match("0x(%x+)"), 16))
print(tonumber(s:match("#(%x+)"), 16))
print((s:gsub("%X", "")))
for h in ("de ad be ef zz 0G 09"):gmatch("%x%x") do print(h, tonumber(h, 16)) end
print(("abc_def"):match("^[%w_]+$"))
print(("abc-def"):match("^[%w_]+$"))
print(("G"):find("%x"), ("f"):find("%x"), ("F"):find("%X"))
