-- checks that locals declared in do ... end are not visible outside
do
  local inner = "inside"
  print(inner)
end
print(inner)
do
  local a, b = 1, 2
  print(a + b)
end
print(a, b)
local outer = 10
do
  outer = outer + 1
  local outer2 = outer * 2
  print(outer2)
end
print(outer, outer2)
