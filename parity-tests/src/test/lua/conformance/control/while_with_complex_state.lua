-- checks while loops driven by table state and multiple variables
local stack = {1, 2, 3, 4}
local popped = {}
while #stack > 0 do
  popped[#popped + 1] = table.remove(stack)
end
print(table.concat(popped, ","))
local a, b = 0, 1
local fibs = {}
while a < 100 do
  fibs[#fibs + 1] = a
  a, b = b, a + b
end
print(table.concat(fibs, " "))
local queue = {"x"}
local processed = 0
while queue[1] do
  local item = table.remove(queue, 1)
  processed = processed + 1
  if #item < 3 then
    queue[#queue + 1] = item .. "y"
    queue[#queue + 1] = item .. "z"
  end
end
print(processed)
print(a, b)
print(#fibs, fibs[#fibs])
