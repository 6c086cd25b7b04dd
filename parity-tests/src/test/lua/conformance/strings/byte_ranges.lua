-- checks string.byte with default, single, ranged, negative and out-of-range positions
local s = "Hello"
print(s:byte())
print(s:byte(2))
print(s:byte(-1))
print(s:byte(1, 3))
print(s:byte(-3, -1))
print(s:byte(1, -1))
print(s:byte(4, 100))
print(select("#", s:byte(0)))
print(select("#", s:byte(10)))
print(select("#", s:byte(3, 2)))
print(select("#", s:byte(-100, 2)))
print(select("#", (""):byte()))
print(s:byte(1.9), s:byte("2"))
local sum = 0
for i = 1, #s do sum = sum + s:byte(i) end
print("sum", sum)
print(("\0\1\255"):byte(1, -1))
