-- checks math.exp and math.log (natural) on exact and well-separated values, and their edge cases
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(3))
print(math.log(1), math.log(math.exp(1)), math.log(10), math.log(0.25))
print(math.exp(710), math.exp(-746), math.exp(math.huge), math.exp(-math.huge))
print(math.log(0), math.log(math.huge), math.log(-1) ~= math.log(-1))
print(math.log(2^12), math.log(1e-300))
print(math.exp(math.log(7)), math.log(math.exp(3)))
local growth = {}
for i = 0, 4 do growth[#growth + 1] = string.format("%.6f", math.exp(i / 2)) end
print(table.concat(growth, " "))
