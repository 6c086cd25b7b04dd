-- checks a closure capturing many upvalues of different types
local a, b, c, d, e = 1, "two", true, nil, 5.5
local t = {6}
local function f1() return a end
local function all()
  return a, b, c, d, e, t[1], f1()
end
print(all())
a, b, c, d, e = 10, "twenty", false, "now set", -1
t[1] = 60
print(all())
local function modAll()
  a = a + 1; b = b .. "!"; c = not c; d = nil; e = e * 2
end
modAll()
print(all())
print(a, b, c, d, e)
local g = function() return f1() + a end
a = 1
print(g(), f1())
