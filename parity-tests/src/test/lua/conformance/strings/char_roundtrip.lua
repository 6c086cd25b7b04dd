-- checks string.char and string.byte round-trip over all 256 byte values
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s)
local ok = true
for i = 1, 256 do
  if s:byte(i) ~= i - 1 then ok = false end
end
print("roundtrip", ok)
print(s:sub(66, 70), s:sub(98, 100))
print(string.char(s:byte(49, 58)))
print(string.char(), #string.char())
print(string.char(72, 105, 33))
print(string.char("65", 66.0))
print(#string.char(0, 0), string.char(0, 65):byte(2))
local t = { s:byte(250, 256) }
print(#t, t[1], t[#t])
