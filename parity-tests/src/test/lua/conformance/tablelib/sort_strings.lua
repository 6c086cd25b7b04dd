-- checks table.sort on strings: bytewise order, case, prefixes, digits-as-text and empty strings
local t = { "banana", "Apple", "cherry", "apple", "", "Banana", "app", "10", "9", "b" }
table.sort(t)
for i, v in ipairs(t) do print(i, "[" .. v .. "]") end
local mods = { "IncreasedLife", "BaseLife", "MoreLife", "IncreasedArmour", "BaseArmour" }
table.sort(mods)
print(table.concat(mods, ","))
local paths = { "b/a", "a/b", "a", "a/", "a/a/b", "ab" }
table.sort(paths)
print(table.concat(paths, " "))
table.sort(paths, function(x, y) return x > y end)
print(table.concat(paths, " "))
