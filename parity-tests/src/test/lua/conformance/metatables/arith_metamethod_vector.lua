-- checks arithmetic metamethods implementing a small vector type
local Vec = {}
Vec.__index = Vec
local function new(x, y) return setmetatable({x = x, y = y}, Vec) end
Vec.__add = function(a, b) return new(a.x + b.x, a.y + b.y) end
Vec.__sub = function(a, b) return new(a.x - b.x, a.y - b.y) end
Vec.__mul = function(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  if type(b) == "number" then return new(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
Vec.__unm = function(a) return new(-a.x, -a.y) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
local a, b = new(1, 2), new(3, 4)
print(tostring(a + b))
print(tostring(b - a))
print(tostring(a * 3), tostring(2 * b))
print(a * b)
print(tostring(-a))
print(a + b == new(4, 6), a == b)
print(a)
