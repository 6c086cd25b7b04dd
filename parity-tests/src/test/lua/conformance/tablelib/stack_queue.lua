-- checks a stack and a FIFO queue built from table.insert/table.remove
local stack = {}
for _, v in ipairs({ "a", "b", "c" }) do table.insert(stack, v) end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print(table.concat(popped))
local queue = {}
for i = 1, 5 do table.insert(queue, i) end
local served = {}
while #queue > 0 do
  local v = table.remove(queue, 1)
  served[#served + 1] = v
  if v == 2 then table.insert(queue, 20) end
end
print(table.concat(served, " "))
local dq = { 3 }
table.insert(dq, 1, 2); table.insert(dq, 1, 1); table.insert(dq, 4)
print(table.concat(dq, " "), table.remove(dq, 1), table.remove(dq), table.concat(dq, " "))
local history = {}
local undo = {}
for _, action in ipairs({ "allocate A", "allocate B", "equip ring", "allocate C" }) do
  table.insert(history, action)
end
for _ = 1, 2 do table.insert(undo, table.remove(history)) end
print(#history, history[#history], #undo, undo[1], undo[2])
table.insert(history, table.remove(undo))
print(table.concat(history, " / "))
