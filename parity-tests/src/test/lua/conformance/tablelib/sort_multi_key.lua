-- checks sorting by several keys (group, then value, then name) giving a unique order
local items = {
  { slot = "Ring", name = "Vortex Loop", value = 40 },
  { slot = "Amulet", name = "Gloom Beads", value = 55 },
  { slot = "Ring", name = "Dusk Band", value = 40 },
  { slot = "Belt", name = "Storm Cord", value = 10 },
  { slot = "Ring", name = "Cinder Coil", value = 75 },
  { slot = "Amulet", name = "Hex Charm", value = 55 },
  { slot = "Belt", name = "Ash Strap", value = 30 },
}
table.sort(items, function(a, b)
  if a.slot ~= b.slot then return a.slot < b.slot end
  if a.value ~= b.value then return a.value > b.value end
  return a.name < b.name
end)
for _, it in ipairs(items) do print(string.format("%-7s %3d %s", it.slot, it.value, it.name)) end
