-- checks that the first call of a wrapped coroutine passes function parameters and later calls become yield results
local w = coroutine.wrap(function(a, b, c)
  print("params", a, b, c)
  local x, y = coroutine.yield("first")
  print("yield 1 got", x, y)
  local z = coroutine.yield("second")
  print("yield 2 got", z)
  return "returned", a, z
end)
print(w(1, 2, 3))
print(w("p", "q"))
print(w("r", "ignored", "also ignored"))
local co = coroutine.create(function(...)
  print("create params", select("#", ...), ...)
  print("resume values", select("#", coroutine.yield()), coroutine.yield())
end)
coroutine.resume(co, "a", nil)
coroutine.resume(co, 1, 2, 3)
coroutine.resume(co, "last")
print(coroutine.status(co))
local function method_like(self, n)
  for i = 1, n do self.count = self.count + coroutine.yield(self.count) end
  return self.count
end
local obj = {count = 0}
local m = coroutine.wrap(method_like)
print(m(obj, 3), m(5), m(6), m(7))
print(obj.count)
