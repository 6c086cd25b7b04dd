-- checks that tostring uses %.14g and compares it with explicit %.14g, %.15g and %.17g
local f = string.format
local values = { 0.1, 1 / 3, 2 / 3, 100 / 3, 1e100, 123456789.123, 3.14159265358979, 2^53 + 1, 1e-310, -1.5e-7 }
for _, v in ipairs(values) do
  print(tostring(v), f("%.14g", v) == tostring(v), f("%.15g", v), f("%.17g", v))
end
print(tostring(1e14), tostring(1e15), tostring(123456789012346), tostring(1234567890123456))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, f("%.17g", 0.1 + 0.2))
