-- checks %g with explicit precisions, including 0, large precisions and the # flag
local f = string.format
print(f("%.3g", 1.0005), f("%.3g", 2.5e-5), f("%.3g", 1234.5))
print(f("%.0g", 123), f("%.1g", 123), f("%.2g", 123))
print(f("%.10g", 123456.789), f("%.10g", 0.1))
print(f("%.14g", 0.1), f("%.15g", 0.1), f("%.16g", 0.1), f("%.17g", 0.1))
print(f("%.14g", 1 / 3), f("%.17g", 1 / 3))
print(f("%.17g", 100 / 3))
print(f("%.14g", 2^63), f("%.20g", 2^63))
print(f("%#g", 1), f("%#g", 0.5), f("%#.3g", 2))
print(f("%.3G", 0.00001234))
print(f("%.5g", 99999.6), f("%.5g", 99999.4))
