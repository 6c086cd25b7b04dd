-- checks creating 1000 coroutines, interleaving them and running all of them to completion
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function(a)
    local b = coroutine.yield(a * 2)
    return a + b
  end)
end
local sum1 = 0
for i = 1, 1000 do
  local ok, v = coroutine.resume(cos[i], i)
  sum1 = sum1 + v
end
print("first pass", sum1)
local suspended = 0
for i = 1, 1000 do if coroutine.status(cos[i]) == "suspended" then suspended = suspended + 1 end end
print("suspended", suspended)
local sum2 = 0
for i = 1000, 1, -1 do
  local ok, v = coroutine.resume(cos[i], 1)
  if ok then sum2 = sum2 + v end
end
print("second pass", sum2)
local dead = 0
for i = 1, 1000 do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead", dead)
local total = 0
for i = 1, 1000 do
  for v in coroutine.wrap(function() for j = 1, 3 do coroutine.yield(j) end end) do total = total + v end
end
print("wrapped total", total)
local finished = 0
for i = 1, 1000 do
  local co = coroutine.create(function() return i end)
  local ok, v = coroutine.resume(co)
  if ok and v == i and coroutine.status(co) == "dead" then finished = finished + 1 end
end
print("finished", finished)
local pending = {}
for i = 1, 1000 do pending[i] = coroutine.create(function(stop) if not stop then coroutine.yield() end end) end
for i = 1, 1000, 2 do coroutine.resume(pending[i], true) end
for i = 2, 1000, 4 do coroutine.resume(pending[i], false) end
local counts = {suspended = 0, dead = 0}
print("odd", coroutine.status(pending[999]), "even", coroutine.status(pending[998]), coroutine.status(pending[1000]))
for i = 1, 1000 do local s = coroutine.status(pending[i]); counts[s] = counts[s] + 1 end
print("started halves", counts.suspended, counts.dead)
collectgarbage()
print("after gc", coroutine.status(pending[1]), coroutine.status(pending[2]))
