-- checks bit.tohex with positive (lower-case) and negative (upper-case) digit counts from 1 to 8
for n = 1, 8 do
  print(n, bit.tohex(0xABCDEF12, n), bit.tohex(0xABCDEF12, -n))
end
print(bit.tohex(255, 2), bit.tohex(255, -2), bit.tohex(0x1234, 2), bit.tohex(-1, 4), bit.tohex(-1, -4))
print("[" .. bit.tohex(1, 0) .. "]", bit.tohex(0, -8), bit.tohex(0xF, 1), bit.tohex(0x10, 1))
print(bit.tohex(0xabc, 2.9), bit.tohex(0xabc, "3"))
local codes = {}
for i = 0, 15 do codes[#codes + 1] = bit.tohex(i, 1) end
print(table.concat(codes))
print(bit.tohex(-1, 1), bit.tohex(-1, -1), bit.tohex(0x80000000, -8))
