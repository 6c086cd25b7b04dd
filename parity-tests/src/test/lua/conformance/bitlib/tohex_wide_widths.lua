-- checks bit.tohex with 9 to 16 digits: the 32-bit value is zero-extended (LuaJIT 2.1)
print(bit.tohex(1, 9), bit.tohex(1, -9))
print(bit.tohex(1, 16), bit.tohex(-1, 16))
print(bit.tohex(-1, 10), bit.tohex(-1, -12))
print(bit.tohex(0x80000000, 12), bit.tohex(2^40, 16))
print(#bit.tohex(0xabc, 16), #bit.tohex(0xabc, -16))
for n = 9, 16, 7 do
  print(n, bit.tohex(0xfedcba98, n), bit.tohex(0xfedcba98, -n))
end
