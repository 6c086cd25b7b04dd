-- checks sinh, cosh and tanh at zero, symmetric points and large arguments
print(math.sinh(0), math.cosh(0), math.tanh(0))
print(string.format("%.8f %.8f %.8f", math.sinh(1), math.cosh(1), math.tanh(1)))
print(math.sinh(-1) == -math.sinh(1), math.cosh(-1) == math.cosh(1), math.tanh(-1) == -math.tanh(1))
print(math.tanh(100), math.tanh(-100), math.cosh(1000), math.sinh(-1000))
local x = 0.5
print(math.abs(math.cosh(x) ^ 2 - math.sinh(x) ^ 2 - 1) < 1e-14)
local t = {}
for _, v in ipairs({ -3, -1, 0, 1, 3 }) do t[#t + 1] = string.format("%.6f", math.tanh(v)) end
print(table.concat(t, " "))
print(math.cosh(0) == 1, math.sinh(-0.0), math.tanh(-0.0))
