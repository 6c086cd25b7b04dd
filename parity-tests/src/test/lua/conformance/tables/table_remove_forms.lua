-- checks table.remove with and without a position and its return value
local t = {"a", "b", "c", "d", "e"}
print(table.remove(t))
print(table.concat(t, ","))
print(table.remove(t, 1))
print(table.concat(t, ","))
print(table.remove(t, 2))
print(table.concat(t, ","))
print(table.remove(t, #t))
print(table.concat(t, ","), #t)
print(table.remove(t))
print(#t)
print(table.remove(t))
print(#t)
local q = {1, 2, 3}
while #q > 0 do removedSum = (removedSum or 0) + table.remove(q, 1) end
print(removedSum)
