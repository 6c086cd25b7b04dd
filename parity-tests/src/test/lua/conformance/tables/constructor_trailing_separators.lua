-- checks trailing , and ; separators and mixed separators in constructors
local a = {1, 2, 3,}
print(#a)
local b = {1; 2; 3;}
print(#b)
local c = {1, 2; 3, x = 4; y = 5,}
print(#c, c.x, c.y)
local d = {}
print(#d)
local e = {nil}
print(#e)
local f = {"only";}
print(#f, f[1])
local g = {[1] = 1, [2] = 2,}
print(#g)
local h = {
  "multi",
  "line",
}
print(#h, h[2])
