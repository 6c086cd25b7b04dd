-- checks table.remove at the front, middle, end and out-of-range positions
local t = { "a", "b", "c", "d", "e" }
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
print(table.remove(t, #t), table.concat(t, ","))
print(select("#", table.remove(t, 5)), table.concat(t, ","))
print(select("#", table.remove(t, 0)), table.concat(t, ","))
print(select("#", table.remove(t, -1)), table.concat(t, ","))
print(table.remove(t, "1"), table.concat(t, ","))
local n = { 10, 20, 30, 40 }
local removed = {}
while #n > 0 do removed[#removed + 1] = table.remove(n, 1) end
print(table.concat(removed, " "), #n)
