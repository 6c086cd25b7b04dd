-- checks computing and displaying DPS-style results with string.format("%.2f") and percentage strings
local skill = { name = "Cleave", minBase = 52, maxBase = 104, speed = 1.35, critChance = 0.062, critMulti = 1.5 }
local incDamage, moreDamage = 187, 1.49 * 1.3
local avgBase = (skill.minBase + skill.maxBase) / 2
local avgHit = avgBase * (1 + incDamage / 100) * moreDamage
local critEffect = 1 + skill.critChance * (skill.critMulti - 1)
local dps = avgHit * critEffect * skill.speed
print(string.format("Average base: %.2f", avgBase))
print(string.format("Average hit:  %.2f", avgHit))
print(string.format("Crit effect:  %.4f", critEffect))
print(string.format("Total DPS:    %.2f", dps))
print(string.format("Crit chance:  %.1f%%", skill.critChance * 100))
print(string.format("Attack rate:  %.2f /s", skill.speed))
local function fmtDelta(old, new)
  local d = new - old
  return string.format("%s%.2f (%+.1f%%)", d >= 0 and "+" or "", d, d / old * 100)
end
print(fmtDelta(dps, dps * 1.1))
print(fmtDelta(dps, dps * 0.95))
