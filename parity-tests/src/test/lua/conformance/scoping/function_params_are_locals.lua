-- checks that parameters behave as locals of the function
local x = "outer"
local function f(x)
  x = x .. "!"
  return x
end
print(f("arg"), x)
local function g(a, b)
  local a = a or "defaultA"
  return a, b
end
print(g())
print(g(1, 2))
local function h(p)
  do local p = "inner" ; print(p) end
  return p
end
print(h("param"))
local t = {1}
local function mutate(tt) tt[1] = 99; tt = nil end
mutate(t)
print(t[1])
