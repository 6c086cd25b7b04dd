-- checks bit.bswap byte reversal, double swaps and values with the sign bit
print(bit.tohex(bit.bswap(0x12345678)), bit.bswap(0x12345678))
print(bit.bswap(1), bit.bswap(0x80), bit.bswap(0xff000000))
print(bit.bswap(-1), bit.bswap(0), bit.bswap(0x7f))
print(bit.bswap(bit.bswap(0xdeadbeef)) == bit.tobit(0xdeadbeef))
local function be32(b1, b2, b3, b4) return bit.bor(bit.lshift(b1, 24), bit.lshift(b2, 16), bit.lshift(b3, 8), b4) end
local le = be32(0x78, 0x56, 0x34, 0x12)
print(bit.tohex(le), bit.tohex(bit.bswap(le)))
