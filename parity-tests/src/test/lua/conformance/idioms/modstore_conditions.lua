-- checks mods gated by condition tags and multiplier tags evaluated against a sorted config
local mods = {
  { name = "Life", type = "INC", value = 10 },
  { name = "Life", type = "INC", value = 20, tag = { type = "Condition", var = "FullLife" } },
  { name = "Life", type = "INC", value = 15, tag = { type = "Condition", var = "LowLife", neg = true } },
  { name = "Armour", type = "BASE", value = 5, tag = { type = "Multiplier", var = "EnduranceCharge" } },
  { name = "Armour", type = "BASE", value = 100 },
  { name = "Armour", type = "INC", value = 50, tag = { type = "Condition", var = "Fortified" } },
}
local function evalMod(mod, cfg)
  local tag = mod.tag
  if not tag then return mod.value end
  if tag.type == "Condition" then
    local on = cfg.conditions[tag.var] and true or false
    if tag.neg then on = not on end
    return on and mod.value or nil
  elseif tag.type == "Multiplier" then
    return mod.value * (cfg.multipliers[tag.var] or 0)
  end
end
local function sum(cfg, name, type)
  local total = 0
  for _, mod in ipairs(mods) do
    if mod.name == name and mod.type == type then total = total + (evalMod(mod, cfg) or 0) end
  end
  return total
end
local configs = {
  { label = "default", conditions = {}, multipliers = {} },
  { label = "full life", conditions = { FullLife = true }, multipliers = { EnduranceCharge = 3 } },
  { label = "low life, fortified", conditions = { LowLife = true, Fortified = true }, multipliers = { EnduranceCharge = 5 } },
}
for _, cfg in ipairs(configs) do
  local lifeInc = sum(cfg, "Life", "INC")
  local armour = sum(cfg, "Armour", "BASE") * (1 + sum(cfg, "Armour", "INC") / 100)
  local active = {}
  for k, v in pairs(cfg.conditions) do if v then active[#active + 1] = k end end
  table.sort(active)
  print(string.format("%-20s life +%d%%  armour %.1f  [%s]", cfg.label, lifeInc, armour, table.concat(active, ",")))
end
local perMod = {}
for i, mod in ipairs(mods) do perMod[i] = tostring(evalMod(mod, configs[3])) end
print(table.concat(perMod, " "))
for i, mod in ipairs(mods) do perMod[i] = tostring(evalMod(mod, configs[1])) end
print(table.concat(perMod, " "))
