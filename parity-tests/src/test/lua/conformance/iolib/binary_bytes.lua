-- checks that all 256 byte values round-trip through a file opened in binary modes
local name = os.tmpname()
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local data = table.concat(bytes)
local f = assert(io.open(name, "wb"))
f:write(data, data:reverse(), "\0\0\r\n\r\n")
f:close()
local r = assert(io.open(name, "rb"))
local back = r:read("*a")
r:close()
print(#back, back == data .. data:reverse() .. "\0\0\r\n\r\n")
local sum = 0
for i = 1, #back do sum = (sum * 31 + back:byte(i)) % 1000000007 end
print("checksum", sum)
local r2 = assert(io.open(name, "rb"))
print(r2:read(3):byte(1, -1))
r2:seek("set", 10)
print(r2:read(1):byte(), r2:seek("cur"))
r2:seek("set", 255)
print(r2:read(2):byte(1, -1))
r2:seek("end", -4)
local tail = r2:read("*a")
print(#tail, tail:byte(1, -1))
r2:close()
local _, newlines = back:gsub("\n", "")
local zeros = 0
for i = 1, #back do if back:byte(i) == 0 then zeros = zeros + 1 end end
print("newlines", newlines, "zero bytes", zeros)
os.remove(name)
