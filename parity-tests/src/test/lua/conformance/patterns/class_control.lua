-- checks %c and %C over control bytes, DEL and printable text
local s = "a\0b\1c\9d\10e\31f\127g h"
print(#s)
local n = select(2, s:gsub("%c", ""))
print("controls", n)
print((s:gsub("%c", "?")))
print((s:gsub("%C", "")):byte(1, -1))
local bytes = {}
for c in s:gmatch("%c") do bytes[#bytes + 1] = c:byte() end
print(table.concat(bytes, ","))
print(("tab\there"):find("%c"))
print(("\127"):match("%c") == "\127")
print((" "):match("%c"))
