-- checks %e and %E with precisions, widths, signs and exponent ranges
local f = string.format
print(f("%e", 1), f("%e", 0), f("%e", -1))
print(f("%e", 12345.6789), f("%E", 12345.6789))
print(f("%.2e", 12345.6789), f("%.0e", 12345.6789))
print(f("%e", 1e21), f("%e", 1e-7), f("%e", 1e100), f("%e", 1e-100))
print(f("%e", 1e300 * 10), f("%.3e", 5e-324))
print(f("%12.3e|", 123.456), f("%-12.3e|", 123.456), f("%012.3e|", -123.456))
print(f("%+e", 3.0), f("% e", 3.0))
print(f("%.3E", 0.000123456))
print(f("%.10e", 1 / 3))
print(f("%e", 123456.789))
print(f("%.1e", 9.96), f("%.1e", 9.94))
