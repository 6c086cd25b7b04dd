-- checks bit.bnot on zero, -1, boundaries, large values and double negation
print(bit.bnot(0), bit.bnot(-1), bit.bnot(1))
print(bit.bnot(0x7fffffff), bit.bnot(0x80000000), bit.bnot(0xffffffff))
print(bit.bnot(2^32), bit.bnot(2^32 + 1))
print(bit.bnot(bit.bnot(12345)), bit.bnot(bit.bnot(0xdeadbeef)))
print(bit.tohex(bit.bnot(0x0f0f0f0f)), bit.tohex(bit.bnot(0)))
local v = 0x1234
print(bit.bnot(v) == -v - 1, bit.band(v, bit.bnot(v)), bit.bor(v, bit.bnot(v)))
