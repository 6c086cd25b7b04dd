-- checks bit operations on values beyond 32 bits, 0x80000000, 0xFFFFFFFF and negative doubles
print(bit.band(2^40 + 3, 0xff), bit.bor(2^40, 1), bit.bxor(2^33 + 5, 1))
print(bit.band(0x80000000, 0x80000000), bit.band(0xFFFFFFFF, 1), bit.bor(0xFFFFFFFF, 0))
print(bit.band(-2^40, -1), bit.bor(-2^40 - 1, 0), bit.band(2^53 - 1, 0xffff))
print(bit.band(0x100000000 + 0x80000000, -1), bit.rshift(0x180000000, 0))
print(bit.tohex(bit.band(0xDEADBEEF, 0xFFFF0000)), bit.band(0xDEADBEEF, 0xFFFF0000))
print(bit.lshift(0xFFFFFFFF, 4), bit.rshift(0xFFFFFFFF, 4), bit.arshift(0xFFFFFFFF, 4))
local mask = 0xFFFFFFFF
local v = bit.band(3000000000, mask)
print(v, v % 2^32, v < 0)
