-- checks sorting numeric strings vs numbers, which order differently
local strs = {"10", "9", "100", "1", "20"}
table.sort(strs)
print(table.concat(strs, " "))
local nums = {10, 9, 100, 1, 20}
table.sort(nums)
print(table.concat(nums, " "))
local asNums = {"10", "9", "100", "1", "20"}
table.sort(asNums, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(asNums, " "))
local neg = {-1, -10, 5, 0, -0.5}
table.sort(neg, function(a, b) return a > b end)
print(table.concat(neg, " "))
local chars = {"b", "B", "a", "A", "_", "1"}
table.sort(chars)
print(table.concat(chars, ""))
