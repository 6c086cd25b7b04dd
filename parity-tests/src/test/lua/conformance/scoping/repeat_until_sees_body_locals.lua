-- checks that the until condition can see locals declared in the repeat body
local i = 0
repeat
  local done = i >= 3
  print("iteration", i)
  i = i + 1
until done
print("final i", i)
local count = 0
repeat
  local x = count * count
  count = count + 1
until x > 10
print("count", count)
local outer = "outer"
repeat
  local outer = "shadow"
until outer == "shadow"
print(outer)
