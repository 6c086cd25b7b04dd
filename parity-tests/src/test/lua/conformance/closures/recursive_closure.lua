-- checks a closure that refers to itself through a local upvalue
local calls = 0
local function fib(n)
  calls = calls + 1
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(fib(15), calls)
local memo = {}
local mfib
mfib = function(n)
  if n < 2 then return n end
  if memo[n] then return memo[n] end
  local v = mfib(n - 1) + mfib(n - 2)
  memo[n] = v
  return v
end
print(mfib(50))
print(mfib(80))
local walker
walker = function(t, depth)
  local s = depth .. ":" .. (t.name or "?")
  if t.child then s = s .. " " .. walker(t.child, depth + 1) end
  return s
end
print(walker({name = "a", child = {name = "b", child = {name = "c"}}}, 0))
local depth = 0
local function down(n) if n == 0 then return depth end depth = depth + 1 return down(n - 1) end
print(down(100), depth)
