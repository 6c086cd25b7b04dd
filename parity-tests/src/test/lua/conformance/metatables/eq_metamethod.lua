-- checks __eq: only consulted for two tables that share the same __eq
local function eq(a, b) return a.v == b.v end
local mt = {__eq = eq}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 1}, mt)
local c = setmetatable({v = 2}, mt)
print(a == b, a ~= b, a == c)
print(a == a)
print(rawequal(a, b))
local other = setmetatable({v = 1}, {__eq = eq})
print(a == other)
local plain = {v = 1}
print(a == plain, plain == a)
print(a == 1, a == "x", a == nil)
local calls = 0
local counted = {__eq = function() calls = calls + 1; return true end}
local x, y = setmetatable({}, counted), setmetatable({}, counted)
print(x == y, calls)
print(x == x, calls)
