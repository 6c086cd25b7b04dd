-- checks sorting records (tables) by a unique key field, ascending and descending
local skills = {
  { name = "Fireball", dps = 12345.6, level = 20 },
  { name = "Cyclone", dps = 98765.4, level = 21 },
  { name = "Arc", dps = 45678.9, level = 18 },
  { name = "Boneshatter", dps = 76543.2, level = 20 },
  { name = "Essence Drain", dps = 34567.8, level = 19 },
}
table.sort(skills, function(a, b) return a.name < b.name end)
for _, s in ipairs(skills) do print(s.name, s.level) end
table.sort(skills, function(a, b) return a.dps > b.dps end)
for i, s in ipairs(skills) do print(i, string.format("%-14s %10.1f", s.name, s.dps)) end
