-- checks constructors with many positional entries and nested constructor calls
local t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
print(#t, t[20])
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print(sum)
local function gen(n) local r = {} for i = 1, n do r[i] = i end return unpack(r) end
local g = {gen(60)}
print(#g, g[60])
local g2 = {0, gen(3)}
print(#g2, g2[4])
local g3 = {gen(3), gen(3)}
print(#g3, table.concat(g3, ","))
local strings = {"x", "y", "z"; n = 3}
print(#strings, strings.n)
