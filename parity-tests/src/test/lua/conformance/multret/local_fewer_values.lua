-- checks local declarations with fewer or more values than names
local a, b = 1
print(a, b)
local c, d, e = 1, 2
print(c, d, e)
local f = 1, 2, 3
print(f)
local g, h = nil
print(g, h)
local i, j = (function() return 7, 8, 9 end)()
print(i, j)
local k, l, m = 1, (function() end)()
print(k, l, m)
local n, o = (function() return 5, 6 end)(), "s"
print(n, o)
