-- checks 32-bit flag sets: combining with bor, testing with band, clearing with band+bnot, toggling with bxor
local Flag = { Attack = 0x01, Spell = 0x02, Hit = 0x04, Melee = 0x08, Projectile = 0x10, Area = 0x20, Dot = 0x40 }
local names = {}
for k in pairs(Flag) do names[#names + 1] = k end
table.sort(names, function(a, b) return Flag[a] < Flag[b] end)
local function describe(f)
  local out = {}
  for _, n in ipairs(names) do if bit.band(f, Flag[n]) ~= 0 then out[#out + 1] = n end end
  return #out > 0 and table.concat(out, "+") or "none"
end
local skill = bit.bor(Flag.Attack, Flag.Hit, Flag.Melee)
print(skill, describe(skill))
skill = bit.bor(skill, Flag.Area)
print(skill, describe(skill))
skill = bit.band(skill, bit.bnot(Flag.Melee))
print(skill, describe(skill))
skill = bit.bxor(skill, Flag.Projectile)
print(skill, describe(skill))
local function matches(flags, required) return bit.band(flags, required) == required end
print(matches(skill, bit.bor(Flag.Attack, Flag.Hit)), matches(skill, bit.bor(Flag.Spell, Flag.Hit)))
print(describe(0), describe(0x7f))
