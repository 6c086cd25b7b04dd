-- checks math.huge and math.pi values and arithmetic with them
print(math.huge, -math.huge, math.huge == 1 / 0, -math.huge == -1 / 0)
print(math.huge > 1e308, math.huge + 1 == math.huge, math.huge - math.huge ~= math.huge - math.huge)
print(math.pi, -math.pi, math.pi * 2, math.pi / 2)
print(string.format("%.15f", math.pi), string.format("%.3f", math.pi))
print(math.floor(math.pi * 1000), math.pi == 3.141592653589793)
print(type(math.huge), type(math.pi), tostring(math.huge))
print(math.huge * 0 ~= math.huge * 0, -math.huge < -1e308)
