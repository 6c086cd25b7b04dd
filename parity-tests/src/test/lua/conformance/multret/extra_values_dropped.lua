-- checks that extra values on the right side of assignments are evaluated and dropped
local log = {}
local function v(x) log[#log + 1] = x; return x end
local a = v(1), v(2), v(3)
print(a, table.concat(log, ","))
log = {}
local b, c
b, c = v("x"), v("y"), v("z")
print(b, c, table.concat(log, ","))
local t = {}
t.x = 5, 6
print(t.x)
local function many() return 1, 2, 3, 4 end
local p = many()
print(p)
local q, r = many(), many()
print(q, r)
