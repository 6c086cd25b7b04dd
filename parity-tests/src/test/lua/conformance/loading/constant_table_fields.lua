-- checks loadstring of a constant table literal and the fields of the returned table
local f = loadstring("return {1, 2, x = 3, [\"y z\"] = {true, false}}")
print(type(f))
local t = f()
print(type(t), #t, t[1], t[2], t.x)
print(type(t["y z"]), t["y z"][1], t["y z"][2], #t["y z"])
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))
local t2 = f()
print(t2 ~= t, t2.x == t.x, t2["y z"] ~= t["y z"])
t.x = 99
print(f().x)
local g = loadstring("return {}")
local e = g()
print(type(e), #e, next(e))
local h = loadstring("return {10, 20, 30, n = 3}")
local r = h()
print(r.n, r[1] + r[2] + r[3], #r)
local s = loadstring("return {'single', \"double\", [[long]]}")()
print(s[1], s[2], s[3])
