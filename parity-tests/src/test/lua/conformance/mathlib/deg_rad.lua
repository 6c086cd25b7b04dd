-- checks math.deg and math.rad conversions and round trips
print(math.deg(math.pi), math.deg(math.pi / 2), math.deg(0), math.deg(-math.pi))
print(math.rad(180), math.rad(90), math.rad(0), math.rad(360))
print(math.deg(1), math.rad(1))
print(math.deg(math.rad(45)), math.rad(math.deg(1)))
for _, d in ipairs({ 30, 45, 60, 120 }) do
  print(d, string.format("%.6f", math.rad(d)), string.format("%.4f", math.deg(math.rad(d))))
end
print(math.deg(math.huge), math.rad(-math.huge))
