-- checks accumulating floats and printing intermediate sums
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s)
print(s == 1)
local p = 1
for i = 1, 20 do p = p * 2 end
print(p)
local h = 0
for i = 1, 5 do h = h + 1 / i end
print(h)
local f = 1
for i = 1, 20 do f = f * i end
print(f)
local g = 1
for i = 1, 25 do g = g * i end
print(g)
print(0.1 * 10 == 1)
