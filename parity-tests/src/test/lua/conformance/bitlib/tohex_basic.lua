-- checks bit.tohex default width, lower case, negatives and values beyond 32 bits
print(bit.tohex(0), bit.tohex(1), bit.tohex(255), bit.tohex(0xDEADBEEF))
print(bit.tohex(-1), bit.tohex(-2), bit.tohex(-2^31), bit.tohex(0x80000000))
print(bit.tohex(2^32), bit.tohex(2^32 + 0xAB), bit.tohex(2^40 + 0x12345678))
print(bit.tohex(0x7fffffff), bit.tohex(-0x7fffffff))
print(bit.tohex("255"), bit.tohex(16.0), #bit.tohex(12345))
local parts = {}
for _, v in ipairs({ 0x10, 0x200, 0x3000, 0x40000 }) do parts[#parts + 1] = bit.tohex(v) end
print(table.concat(parts, " "))
print(tonumber(bit.tohex(0xCAFE), 16), tonumber(bit.tohex(-1), 16))
