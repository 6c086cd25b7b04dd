-- checks math.max/min with one, two and many arguments, mixed integers and floats, strings
print(math.max(3), math.min(3))
print(math.max(1, 2), math.min(1, 2))
print(math.max(1, 2.5, -3), math.min(1, 2.5, -3))
print(math.max(-1, -2, -3), math.min(-1, -2, -3))
print(math.max(1, 5, 3, 9, 2, 8, 4, 7, 6, 0), math.min(1, 5, 3, 9, 2, 8, 4, 7, 6, 0))
print(math.max(math.huge, 1), math.min(-math.huge, 1))
print(math.max("10", 9), math.min("10", 9), type(math.max("10", 9)))
print(math.max(1e308, 1e307), math.min(1e-308, 1e-307))
local t = { 4, 8, 15, 16, 23, 42 }
print(math.max(unpack(t)), math.min(unpack(t)))
local hi = -math.huge
for _, v in ipairs(t) do hi = math.max(hi, v) end
print(hi)
