-- checks the # (alternate form) flag on %x %X %o %f %e %g
local f = string.format
print(f("%#x", 255), f("%#X", 255), f("%#x", 0))
print(f("%#o", 8), f("%#o", 0), f("%#o", 1))
print(f("%#.0f", 3), f("%.0f", 3))
print(f("%#.0e", 3), f("%.0e", 3))
print(f("%#g", 1), f("%g", 1))
print(f("%#g", 123456), f("%#g", 1e-5))
print(f("%#.2g", 1), f("%#10x|", 255), f("%-#10x|", 255))
print(f("%#010x", 255), f("%#X", 2^32))
