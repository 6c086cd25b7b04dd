-- checks rol/ror rotations, wrap-around of bits, counts modulo 32 and negative counts
print(bit.tohex(bit.rol(0x12345678, 8)), bit.tohex(bit.ror(0x12345678, 8)))
print(bit.tohex(bit.rol(0x12345678, 4)), bit.tohex(bit.ror(0x12345678, 4)))
print(bit.rol(1, 31), bit.rol(1, 32), bit.ror(1, 1), bit.ror(1, 32))
print(bit.rol(0x80000001, 1), bit.ror(0x80000001, 1))
print(bit.rol(1, -1), bit.ror(1, -1), bit.rol(-1, 13), bit.ror(-1, 7))
local v = 0x0badf00d
print(bit.ror(bit.rol(v, 13), 13) == v, bit.rol(v, 32) == v, bit.rol(v, 16) == bit.ror(v, 16))
local seen = {}
for i = 0, 31 do seen[#seen + 1] = bit.band(bit.rol(0x1, i), 0xff) end
print(table.concat(seen, ","))
