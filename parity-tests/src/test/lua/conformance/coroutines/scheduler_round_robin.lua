-- checks a round-robin scheduler driving three tasks of different lengths until all finish
local tasks = {}
local function spawn(name, steps)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    for i = 1, steps do
      print(name .. " step " .. i .. "/" .. steps)
      coroutine.yield(i)
    end
    return name .. " finished"
  end)}
end
spawn("A", 3)
spawn("B", 1)
spawn("C", 4)
local round = 0
while #tasks > 0 do
  round = round + 1
  print("-- round " .. round)
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    local ok, v = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then
      print(t.name, "returned", ok, v)
      table.remove(tasks, i)
    else
      i = i + 1
    end
  end
end
print("rounds", round)
