-- checks # after a sequence of inserts and removes in the middle
local t = {}
for i = 1, 10 do table.insert(t, i) end
print(#t)
table.remove(t, 5)
print(#t, t[5])
table.remove(t, 1)
print(#t, t[1])
table.insert(t, 3, "x")
print(#t, t[3], t[4])
for i = 1, 4 do table.remove(t) end
print(#t, table.concat(t, ","))
