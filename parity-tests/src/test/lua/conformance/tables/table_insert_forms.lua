-- checks table.insert with two and three arguments
local t = {}
table.insert(t, "a")
table.insert(t, "b")
print(table.concat(t, ","))
table.insert(t, 1, "front")
print(table.concat(t, ","))
table.insert(t, 2, "second")
print(table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
table.insert(t, #t, "beforeEnd")
print(table.concat(t, ","), #t)
local n = {}
for i = 1, 5 do table.insert(n, 1, i) end
print(table.concat(n, " "))
table.insert(n, 3, 0)
print(table.concat(n, " "))
