-- checks table.concat converting numbers (integers, floats, huge, negative zero) in the list
print(table.concat({ 1, 2, 3 }, "+"))
print(table.concat({ 1.5, -2.25, 1 / 3 }, " "))
print(table.concat({ 1e15, 1e16, 2^53, 1e100 }, " "))
print(table.concat({ -0.0, 0, math.huge, -math.huge }, " "))
print(table.concat({ "x", 1, "y", 2.5 }))
local squares = {}
for i = 1, 10 do squares[i] = i * i end
print(table.concat(squares, ","))
local halves = {}
for i = 1, 6 do halves[i] = i / 2 end
print(table.concat(halves, " "))
