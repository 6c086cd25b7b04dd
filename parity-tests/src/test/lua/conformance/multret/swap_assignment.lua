-- checks swapping and rotating values with multiple assignment
local a, b = 1, 2
a, b = b, a
print(a, b)
local x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
local t = {10, 20, 30}
t[1], t[3] = t[3], t[1]
print(t[1], t[2], t[3])
local i = 1
i, t[i] = i + 1, "set"
print(i, t[1], t[2])
local m, n = 5, 6
m, n = n, m
m, n = n, m
print(m, n)
