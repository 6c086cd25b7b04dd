-- checks table.remove without a position popping the last element, like a stack
local stack = {}
for i = 1, 4 do stack[#stack + 1] = "item" .. i end
while #stack > 0 do
  local top = table.remove(stack)
  print("popped", top, "left", #stack)
end
print(select("#", table.remove(stack)))
local t = { false, false }
print(table.remove(t), #t, table.remove(t), #t)
local one = { "only" }
print(table.remove(one), #one, one[1])
