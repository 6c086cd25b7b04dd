-- checks %d and %i of non-integral numbers: truncation toward zero
local f = string.format
print(f("%d", 3.7), f("%d", -3.7))
print(f("%d", 0.9999), f("%d", -0.9999))
print(f("%i", 2.5), f("%i", -2.5))
print(f("%d", 1e10 + 0.5), f("%d", -1e10 - 0.5))
print(f("%d", -0.0), f("%d", 0.0))
print(f("%5d|%-5d|", 9.99, -9.99))
print(f("%d", 1 / 3), f("%d", 100 / 3), f("%d", -100 / 3))
print(f("%d", "3.7"), f("%d", "-3.7"))
print(f("%x", 255.9), f("%X", 16.5))
print(f("%d", 2^53), f("%d", -2^53))
print(f("%d", 123456.789))
