-- checks %g and %G choosing between fixed and exponent notation and dropping trailing zeros
local f = string.format
print(f("%g", 1), f("%g", 0.5), f("%g", 100), f("%g", 0))
print(f("%g", 100000), f("%g", 1000000), f("%g", 1234567))
print(f("%g", 0.0001), f("%g", 0.00001), f("%g", 0.000123456))
print(f("%g", 1e15), f("%g", 1e16), f("%g", 1e21), f("%g", 1e-7))
print(f("%g", 123456.789), f("%G", 1e-10), f("%G", 1.5e20))
print(f("%g", 2^53), f("%g", 2^63))
print(f("%g", 1 / 3), f("%g", 100 / 3), f("%g", 2 / 3))
print(f("%g", -0.0), f("%g", -1.5))
print(f("%+g", 1.5), f("%+g", -1.5), f("% g", 1.5))
print(f("[%10g]", 3.25), f("[%-10g]", 3.25), f("[%010g]", 3.25))
print(f("%g", 0.1 + 0.2), f("%g", 3.0))
