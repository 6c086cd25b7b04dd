-- checks table.insert with a position: front, middle, end (n+1) and fractional positions
local t = { "b", "d" }
table.insert(t, 1, "a")
print(table.concat(t, ","))
table.insert(t, 3, "c")
print(table.concat(t, ","))
table.insert(t, #t + 1, "e")
print(table.concat(t, ","))
table.insert(t, #t, "x")
print(table.concat(t, ","))
table.insert(t, 2.9, "y")
print(table.concat(t, ","))
table.insert(t, "1", "z")
print(table.concat(t, ","))
local q = {}
for i = 1, 5 do table.insert(q, 1, i) end
print(table.concat(q, " "))
local m = { 1, 2, 3, 4 }
for i = 1, 3 do table.insert(m, 3, "m" .. i) end
print(table.concat(m, " "), #m)
