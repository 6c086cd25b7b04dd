-- checks unpack with explicit i and j, including nils and empty ranges
local t = {"a", "b", "c", "d"}
print(unpack(t))
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 3, 2))
print(select("#", unpack(t, 3, 2)))
print(unpack(t, 1, 6))
print(select("#", unpack(t, 1, 6)))
print(unpack(t, -1, 1))
print(unpack({}, 1, 3))
local h = {}
h[1] = 1; h[3] = 3
print(unpack(h, 1, 3))
print(unpack({1, 2, 3}, 2, 2))
