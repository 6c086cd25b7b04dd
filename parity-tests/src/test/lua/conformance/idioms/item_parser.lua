-- checks a tiny item-text parser: header fields, section separators, implicit count and mod lines
local raw = [[
Item Class: Rings
Rarity: RARE
Glyph Loop
Ruby Ring
--------
Requires Level 40
--------
Item Level: 84
--------
Implicits: 1
+27% to Fire Resistance
+48 to maximum Life
+35% to Cold Resistance
12% increased Mana Regeneration Rate]]
local item = { sections = {}, mods = {}, implicits = {} }
local section = 1
local implicitsLeft
for line in raw:gmatch("[^\n]+") do
  if line == "--------" then
    section = section + 1
  else
    local key, val = line:match("^([%a ]+): (.+)$")
    if key == "Implicits" then
      implicitsLeft = tonumber(val)
    elseif key then
      item[key] = val
    elseif section == 1 then
      if not item.name then item.name = line else item.base = line end
    elseif implicitsLeft and implicitsLeft > 0 then
      item.implicits[#item.implicits + 1] = line
      implicitsLeft = implicitsLeft - 1
    elseif line:match("^Requires") then
      item.level = tonumber(line:match("%d+"))
    else
      item.mods[#item.mods + 1] = line
    end
  end
end
print(item.name, item.base, item.Rarity, item["Item Class"], item["Item Level"], item.level, section)
for _, m in ipairs(item.implicits) do print("implicit", m) end
for _, m in ipairs(item.mods) do print("explicit", m) end
local resist = 0
for _, m in ipairs(item.implicits) do resist = resist + (tonumber(m:match("^%+(%d+)%% to %a+ Resistance$")) or 0) end
for _, m in ipairs(item.mods) do resist = resist + (tonumber(m:match("^%+(%d+)%% to %a+ Resistance$")) or 0) end
print("total resist", resist)
