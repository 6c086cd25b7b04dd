-- checks a coroutine used as a stateful accumulator fed through resume arguments
local acc = coroutine.create(function(initial)
  local total = initial
  local count = 0
  while true do
    local cmd, v = coroutine.yield(total, count)
    if cmd == "add" then total = total + v; count = count + 1
    elseif cmd == "mul" then total = total * v; count = count + 1
    elseif cmd == "reset" then total = v or 0; count = 0
    elseif cmd == "stop" then return "stopped", total, count
    else error("unknown command " .. tostring(cmd)) end
  end
end)
print(coroutine.resume(acc, 10))
print(coroutine.resume(acc, "add", 5))
print(coroutine.resume(acc, "mul", 3))
print(coroutine.resume(acc, "add", -45))
print(coroutine.resume(acc, "reset", 100))
print(coroutine.resume(acc, "add", 0.5))
print(coroutine.resume(acc, "stop"))
print(coroutine.status(acc))
local acc2 = coroutine.create(function(t)
  while true do
    local cmd, v = coroutine.yield(t)
    if cmd == "add" then t = t + v else error("unknown command " .. tostring(cmd), 0) end
  end
end)
coroutine.resume(acc2, 1)
print(coroutine.resume(acc2, "add", 2))
print(coroutine.resume(acc2, "bogus"))
print(coroutine.resume(acc2, "add", 1))
local avg = coroutine.wrap(function()
  local sum, n = 0, 0
  local x = coroutine.yield()
  while true do
    sum, n = sum + x, n + 1
    x = coroutine.yield(sum / n)
  end
end)
avg()
for _, x in ipairs({4, 8, 15, 16, 23, 42}) do io.write(avg(x), " ") end
print()
