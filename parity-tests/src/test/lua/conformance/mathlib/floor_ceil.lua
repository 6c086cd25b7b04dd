-- checks math.floor and math.ceil on positives, negatives, halves and integers
local values = { 0, 1, -1, 2.5, -2.5, 0.5, -0.5, 3.999, -3.999, 1e-300, -1e-300, 7 }
for _, v in ipairs(values) do
  print(v, math.floor(v), math.ceil(v))
end
print(math.floor(10 / 3), math.ceil(10 / 3), math.floor(-10 / 3), math.ceil(-10 / 3))
local floors, ceils = {}, {}
for i = -4, 4 do
  floors[#floors + 1] = math.floor(i / 3)
  ceils[#ceils + 1] = math.ceil(i / 3)
end
print(table.concat(floors, " "))
print(table.concat(ceils, " "))
