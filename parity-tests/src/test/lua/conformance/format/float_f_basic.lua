-- checks %f with default precision, explicit precisions, widths and zero padding
local f = string.format
print(f("%f", 1), f("%f", -1.5), f("%f", 0.1))
print(f("%5.2f|", 3.14159), f("%5.2f|", 31.4159), f("%5.2f|", 314.159))
print(f("%06.2f", 3.14159), f("%06.2f", -3.14159))
print(f("%10.4f|", math.pi), f("%-10.4f|", math.pi))
print(f("%.1f", 12.34), f("%.3f", 12.34), f("%.6f", 1 / 7))
print(f("%.2f", 100), f("%.2f", 1e6), f("%.2f", 123456.789))
print(f("%8.3f|", -0.001), f("%8.3f|", 0.0004))
print(f("%.10f", 0.1))
print(f("%.17f", 0.1))
print(f("%.2f", 99.999), f("%.2f", 99.994))
print(f("%f", 1e-7), f("%.9f", 1e-7))
