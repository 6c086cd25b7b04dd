-- checks __add __sub __mul __div __mod __pow with a table and a number on either side
local function desc(x) return type(x) == "table" and "T" or tostring(x) end
local mt = {}
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. desc(a) .. "," .. desc(b) .. ")" end
end
local t = setmetatable({}, mt)
print(t + 1, 1 + t)
print(t - 2, 2 - t)
print(t * 3, 3 * t)
print(t / 4, 4 / t)
print(t % 5, 5 % t)
print(t ^ 6, 6 ^ t)
print(t + t)
print(t + "7", "7" + t)
