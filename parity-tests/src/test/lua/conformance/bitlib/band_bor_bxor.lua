-- checks band/bor/bxor with one, two and many arguments, identities and negative operands
print(bit.band(0xff, 0x0f), bit.bor(0xf0, 0x0f), bit.bxor(0xff, 0x0f))
print(bit.band(0xff, 0x3c, 0x0f), bit.bor(1, 2, 4, 8, 16), bit.bxor(1, 3, 7, 15))
print(bit.band(5), bit.bor(5), bit.bxor(5))
print(bit.band(-1, 0x12345678), bit.bor(0, -1), bit.bxor(-1, -1), bit.bxor(-1, 0))
print(bit.band(-8, 0xff), bit.bor(-256, 0x0f), bit.bxor(-1, 0x0f))
local a, b = 0x5a5a5a5a, 0x0ff00ff0
print(bit.tohex(bit.band(a, b)), bit.tohex(bit.bor(a, b)), bit.tohex(bit.bxor(a, b)))
print(bit.bxor(bit.bxor(a, b), b) == a, bit.band(a, a) == a, bit.bor(a, 0) == a)
print(bit.band(0xFFFFFFFF, 0xFFFFFFFF), bit.bor(0x80000000, 0))
