-- checks building a stat list from a name->value map, sorting it by name and by value, and displaying it
local stats = { Life = 5234, Mana = 812, EnergyShield = 0, Armour = 12450, Evasion = 3100, FireResist = 75, ColdResist = 76 }
local list = {}
for name, value in pairs(stats) do list[#list + 1] = { name = name, value = value } end
table.sort(list, function(a, b) return a.name < b.name end)
for _, s in ipairs(list) do print(string.format("%-14s %6d", s.name, s.value)) end
table.sort(list, function(a, b)
  if a.value ~= b.value then return a.value > b.value end
  return a.name < b.name
end)
local top = {}
for i = 1, 3 do top[i] = list[i].name end
print("top3", table.concat(top, ", "))
local nonZero = 0
for _, s in ipairs(list) do if s.value ~= 0 then nonZero = nonZero + 1 end end
print("non-zero", nonZero, "of", #list)
