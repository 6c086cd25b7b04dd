-- checks that in local x = x the right side refers to the outer x
local x = 5
do
  local x = x + 1
  print(x)
  local x = x * 10
  print(x)
end
print(x)
g = "global"
local g = g .. "-local"
print(g)
local y = y
print(y)
local function f(v)
  local v = v or "default"
  return v
end
print(f(), f("given"))
