-- checks functions with fixed parameters followed by ...
local function f(a, b, ...)
  return a, b, select("#", ...), ...
end
print(f())
print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, 2, 3, 4, nil))
local function g(first, ...)
  local rest = {...}
  return first, #rest
end
print(g("x", "y", "z"))
print(g())
local function fmt(fmtstr, ...) return string.format(fmtstr, ...) end
print(fmt("%d-%s-%d", 1, "two", 3))
