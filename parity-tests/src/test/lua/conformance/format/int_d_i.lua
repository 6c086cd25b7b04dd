-- checks %d and %i with integers, negatives, widths and zero padding
local f = string.format
print(f("%d", 0), f("%d", 42), f("%d", -42))
print(f("%i", 7), f("%i", -7))
print(f("[%5d]", 42), f("[%-5d]", 42), f("[%05d]", 42))
print(f("[%5d]", -42), f("[%-5d]", -42), f("[%05d]", -42))
print(f("[%2d]", 12345), f("[%1d]", -1))
print(f("%d", 2147483647), f("%d", 2147483648), f("%d", -2147483649))
print(f("%d", 2^31), f("%d", 2^32), f("%d", 2^52 + 1))
print(f("%d", 1e15), f("%d", -1e15))
print(f("%d items", 3), f("%d/%d", 1, 2))
print(f("%.3d|%8.3d|%-8.3d|", 5, 5, 5))
print(f("%.0d|%.0d|", 0, 1))
print(f("%d", "12"), f("%d", " 0x10 "), f("%d", "1e2"))
