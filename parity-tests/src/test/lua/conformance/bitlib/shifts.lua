-- checks lshift, rshift (logical) and arshift (arithmetic), shift counts taken modulo 32
print(bit.lshift(1, 0), bit.lshift(1, 1), bit.lshift(1, 31), bit.lshift(1, 32), bit.lshift(1, 33))
print(bit.lshift(1, -1), bit.lshift(3, 30), bit.lshift(0xff, 28))
print(bit.rshift(256, 4), bit.rshift(-1, 28), bit.rshift(-1, 0), bit.rshift(-1, 31), bit.rshift(-1, 32))
print(bit.arshift(256, 4), bit.arshift(-256, 4), bit.arshift(-1, 31), bit.arshift(-1, 100))
print(bit.rshift(0x80000000, 31), bit.arshift(0x80000000, 31), bit.arshift(0x80000000, 1))
print(bit.rshift(1, 32), bit.rshift(1, 33), bit.lshift(1, 64), bit.rshift(0x12345678, -4))
local row = {}
for i = 0, 7 do row[#row + 1] = bit.lshift(1, i * 4) end
print(table.concat(row, " "))
print(bit.rshift(bit.lshift(0xabcd, 16), 16) == 0xabcd, bit.arshift(bit.lshift(0xabcd, 16), 16))
