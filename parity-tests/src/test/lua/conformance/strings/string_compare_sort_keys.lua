-- checks sorting strings bytewise with mixed case, digits and prefixes, and a case-insensitive order
local names = { "life", "Life", "mana", "Mana2", "Mana10", "armour", "Armour", "energy shield", "evasion", "_hidden" }
local a = {}
for i, v in ipairs(names) do a[i] = v end
table.sort(a)
print(table.concat(a, ","))
table.sort(a, function(x, y)
  local lx, ly = x:lower(), y:lower()
  if lx ~= ly then return lx < ly end
  return x < y
end)
print(table.concat(a, ","))
table.sort(a, function(x, y) return #x < #y or (#x == #y and x < y) end)
print(table.concat(a, ","))
print("Mana10" < "Mana2", "10" < "9", "a" < "B", "B" < "a")
local lowerSorted = {}
for i, v in ipairs(names) do lowerSorted[i] = v:lower() end
table.sort(lowerSorted, function(x, y) return x > y end)
print(table.concat(lowerSorted, ","))
print(("abc"):upper() < "abc", "A" < "_", "_" < "a", "" < " ")
