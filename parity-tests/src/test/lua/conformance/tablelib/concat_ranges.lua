-- checks table.concat with i and j ranges, including empty and single-element ranges
local t = { "a", "b", "c", "d", "e" }
print(table.concat(t, ",", 2))
print(table.concat(t, ",", 2, 4))
print(table.concat(t, ",", 3, 3))
print("[" .. table.concat(t, ",", 4, 2) .. "]")
print("[" .. table.concat(t, ",", 6) .. "]")
print(table.concat(t, ",", 1, #t))
print(table.concat(t, ",", "2", "3"))
print(table.concat(t, ",", 1.9, 2.9))
local sparse = { [0] = "zero", "one", "two", [-1] = "neg" }
print(table.concat(sparse, ",", 0, 2))
print(table.concat(sparse, ",", -1, 0))
