-- checks table.sort without comparator on numbers and strings
local n = {5, 2, 8, 1, 9, 3}
table.sort(n)
print(table.concat(n, " "))
local s = {"banana", "apple", "Cherry", "date", "apple2"}
table.sort(s)
print(table.concat(s, " "))
local f = {3.5, -1, 2, -7.25, 0}
table.sort(f)
print(table.concat(f, " "))
local one = {42}
table.sort(one)
print(one[1])
local empty = {}
table.sort(empty)
print(#empty)
local dup = {3, 1, 3, 2, 1}
table.sort(dup)
print(table.concat(dup, ","))
local ok, err = pcall(function()
  local mixed = {1, "a", 2}
  table.sort(mixed)
end)
print(ok, type(err))
