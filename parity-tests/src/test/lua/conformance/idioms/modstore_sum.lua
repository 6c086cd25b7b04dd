-- checks a ModStore summing BASE/INC/MORE mods by name, with skill flags, and the final value formula
local ModFlag = { Attack = 1, Spell = 2, Melee = 4 }
local store = { mods = {} }
local function newMod(name, type, value, flags, source)
  return { name = name, type = type, value = value, flags = flags or 0, source = source }
end
function store:AddMod(mod)
  local list = self.mods[mod.name]
  if not list then list = {}; self.mods[mod.name] = list end
  list[#list + 1] = mod
end
function store:Sum(type, flags, ...)
  local total = 0
  for i = 1, select("#", ...) do
    for _, mod in ipairs(self.mods[select(i, ...)] or {}) do
      if mod.type == type and bit.band(flags, mod.flags) == mod.flags then total = total + mod.value end
    end
  end
  return total
end
function store:More(flags, ...)
  local result = 1
  for i = 1, select("#", ...) do
    for _, mod in ipairs(self.mods[select(i, ...)] or {}) do
      if mod.type == "MORE" and bit.band(flags, mod.flags) == mod.flags then result = result * (1 + mod.value / 100) end
    end
  end
  return result
end
store:AddMod(newMod("Damage", "INC", 40, 0, "Tree"))
store:AddMod(newMod("Damage", "INC", 25, ModFlag.Attack, "Gloves"))
store:AddMod(newMod("Damage", "INC", 30, ModFlag.Spell, "Wand"))
store:AddMod(newMod("PhysicalDamage", "INC", 60, ModFlag.Melee, "Tree"))
store:AddMod(newMod("Damage", "MORE", 20, 0, "Support"))
store:AddMod(newMod("Damage", "MORE", -10, ModFlag.Melee, "Support2"))
store:AddMod(newMod("PhysicalDamage", "BASE", 12, 0, "Ring"))
store:AddMod(newMod("PhysicalDamage", "BASE", 8, ModFlag.Attack, "Amulet"))
for _, case in ipairs({ { "attack", ModFlag.Attack }, { "melee attack", ModFlag.Attack + ModFlag.Melee }, { "spell", ModFlag.Spell } }) do
  local flags = case[2]
  local base = store:Sum("BASE", flags, "PhysicalDamage")
  local inc = store:Sum("INC", flags, "Damage", "PhysicalDamage")
  local more = store:More(flags, "Damage", "PhysicalDamage")
  local final = base * (1 + inc / 100) * more
  print(string.format("%-13s base=%d inc=%d more=%.2f final=%.2f", case[1], base, inc, more, final))
end
local names = {}
for name, list in pairs(store.mods) do names[#names + 1] = name .. "=" .. #list end
table.sort(names)
print(table.concat(names, " "))
print(store:Sum("INC", 0, "Damage"), store:Sum("BASE", 0, "Damage"), store:More(0, "Missing"))
local sources = {}
for _, mod in ipairs(store.mods.Damage) do sources[#sources + 1] = mod.source end
print(table.concat(sources, ","))
