-- checks math.sqrt and math.pow (and ^) on perfect squares, fractions, negatives, zero and infinity
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100))
print(math.sqrt(0), math.sqrt(-0.0), math.sqrt(math.huge))
print(math.sqrt(-1) ~= math.sqrt(-1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(10, 15))
print(math.pow(0, 0), math.pow(0, -1), math.pow(-2, 3), math.pow(-2, 0.5) ~= math.pow(-2, 0.5))
print(math.pow(1, math.huge), math.pow(2, math.huge), math.pow(0.5, math.huge), math.pow(math.huge, -1))
print(2 ^ 10, 2 ^ -2, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 4 ^ 0.5, 10 ^ -3)
print(2 ^ 53 == 2 ^ 53 + 1, 2 ^ 1023 * 2, 2 ^ -1074, 2 ^ -1075)
print(math.pow("3", 2), math.sqrt("81"))
local squares = {}
for i = 1, 10 do squares[#squares + 1] = math.sqrt(i * i) end
print(table.concat(squares, " "))
