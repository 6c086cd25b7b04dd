-- checks %f, %e, %g and %s on very large, very small and awkward magnitudes
local f = string.format
local values = { 1e21, 1e-7, 123456.789, 2^53, 2^63, 1e15, 1e16, 1e-5, 5e-324 }
for _, v in ipairs(values) do
  print(f("%.3e | %g | %.14g | %s", v, v, v, tostring(v)))
end
print(f("%f", 1e21))
print(f("%.0f", 2^63), f("%.0f", 2^64), f("%.0f", -2^53))
print(f("%f", 123456789012.5))
print(#f("%f", 1e300))
