-- checks assigning ... to locals: extra values dropped, missing become nil
local function f(...)
  local a = ...
  local b, c = ...
  local d, e, g, h = ...
  return a, b, c, d, e, g, h
end
print(f(1, 2, 3))
print(f())
print(f("only"))
local function g(...)
  local x, y = ..., "fixed"
  return x, y
end
print(g(1, 2, 3))
print(g())
