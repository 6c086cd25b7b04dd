-- checks rounding of exact binary ties with %f %e %g (this LuaJIT build rounds them away from zero)
local f = string.format
print(f("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5))
print(f("%.0f %.0f", -0.5, -2.5))
print(f("%.1f %.1f %.1f", 0.25, 0.75, -0.25))
print(f("%.2f %.2f", 1.125, 0.375))
print(f("%.0e %.1e %.3e", 2.5, 1.25, 1234.5))
print(f("%.1g %.2g %.5g", 2.5, 1.25, 99999.5))
print(f("%.3f", 1.0625), f("%.2f", 12.25))
