-- checks table.remove with fractional positions (LuaJIT's built-in truncates each index it reads or writes)
local c = { 1, 2, 3 }
local v = table.remove(c, 1.9)
print(v, c[1], c[2], c[3])
local d = { 10, 20, 30 }
local w = table.remove(d, 2.5)
print(w, d[1], d[2], d[3])
local e = { 10, 20, 30 }
local x = table.remove(e, 3.7)
print(x, e[1], e[2], e[3])
local f = { 10, 20, 30 }
local y = table.remove(f, 2.0)
print(y, f[1], f[2], f[3])
local g = { 10, 20, 30 }
print(select("#", table.remove(g, 0.4)), g[1], g[2], g[3])
local h = { 10, 20, 30 }
print(table.remove(h, 1.0), h[1], h[2], h[3])
