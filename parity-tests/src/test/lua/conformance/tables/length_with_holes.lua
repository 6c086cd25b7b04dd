-- checks # on tables with holes as LuaJIT computes it (any border is allowed by the spec)
local a = {1, 2, nil, 4}
print(#a)
local b = {1, nil, 3}
print(#b)
local c = {nil, nil, 3}
print(#c)
local d = {}
d[1] = 1; d[2] = 2; d[4] = 4
print(#d)
local e = {1, 2, 3, 4, 5}
e[3] = nil
print(#e)
local f = {1, 2, 3}
f[5] = 5
print(#f)
local g = {n = 1}
g[2] = "x"
print(#g)
