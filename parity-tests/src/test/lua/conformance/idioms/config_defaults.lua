-- checks configuration tables with defaults through __index, overrides, and a sorted dump of effective values
local defaults = { enemyLevel = 83, enemyIsBoss = false, resistPenalty = -60, usePowerCharges = false, chargeCount = 3 }
local function newConfig(overrides)
  return setmetatable(overrides or {}, { __index = defaults })
end
local function dump(cfg)
  local keys = {}
  for k in pairs(defaults) do keys[#keys + 1] = k end
  for k in pairs(cfg) do if defaults[k] == nil then keys[#keys + 1] = k end end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local own = rawget(cfg, k) ~= nil and "*" or ""
    parts[#parts + 1] = k .. "=" .. tostring(cfg[k]) .. own
  end
  return table.concat(parts, " ")
end
local c1 = newConfig()
local c2 = newConfig({ enemyIsBoss = true, resistPenalty = -30, customFlag = "on" })
print(dump(c1))
print(dump(c2))
c1.enemyLevel = 68
print(c1.enemyLevel, defaults.enemyLevel, rawget(c1, "chargeCount"), c1.chargeCount)
c2.usePowerCharges = false
print(rawget(c2, "usePowerCharges"), c2.usePowerCharges)
defaults.chargeCount = 4
print(c1.chargeCount, c2.chargeCount, rawget(c2, "chargeCount"))
c2.chargeCount = nil
print(c2.chargeCount, c2.customFlag, c2.missing)
