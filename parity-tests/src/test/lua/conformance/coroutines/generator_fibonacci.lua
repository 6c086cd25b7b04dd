-- checks a fibonacci generator built from a coroutine, consumed partially and through a take helper
local function fib()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local g = fib()
local first = {}
for i = 1, 15 do first[i] = g() end
print(table.concat(first, " "))
local function take(n, gen)
  return coroutine.wrap(function()
    for _ = 1, n do coroutine.yield(gen()) end
  end)
end
local sum = 0
for v in take(30, fib()) do sum = sum + v end
print("sum of first 30", sum)
local evens = {}
local g2 = fib()
while #evens < 10 do
  local v = g2()
  if v % 2 == 0 then evens[#evens + 1] = v end
end
print(table.concat(evens, ","))
local g3 = fib()
local v = g3()
local n = 1
while v < 1e15 do v = g3(); n = n + 1 end
print(n, string.format("%.0f", v))
local co = coroutine.create(function()
  local a, b = 1, 1
  for _ = 1, 5 do coroutine.yield(a); a, b = b, a + b end
  return "finished"
end)
while true do
  local ok, val = coroutine.resume(co)
  print(ok, val, coroutine.status(co))
  if coroutine.status(co) == "dead" then break end
end
