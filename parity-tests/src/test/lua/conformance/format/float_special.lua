-- checks formatting of infinities, NaN and negative zero with %f %e %g %s and widths
local f = string.format
local inf, nan = math.huge, 0 / 0
print(f("%f %f", inf, -inf))
print(f("%e %E", inf, -inf))
print(f("%g %G", inf, -inf))
print(f("[%6.1f] [%-6f] [%+f]", inf, -inf, inf))
print(f("%f", nan) == f("%f", nan), #f("%f", nan))
print(f("%.2f", -0.0), f("%e", -0.0), f("%g", -0.0))
print(f("%s %s", inf, -inf))
print(f("%.1f", -0.04), f("%.0f", -0.4))
print(f("%+.1f", 0.0), f("% .1f", -0.0))
print(tostring(-0.0), tostring(0.0))
