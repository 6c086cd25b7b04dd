-- checks parsing multi-line item text with gmatch over lines and several stat forms
local item = [[
Rarity: Rare
Doom Grip
Iron Gauntlets
Armour: 45
Requires Level 30, 40 Str
+42 to maximum Life
23% increased Armour
Adds 2 to 5 Physical Damage to Attacks
+15% to Cold Resistance]]
local stats = {}
for line in item:gmatch("[^\n]+") do
  local key, val = line:match("^(%a[%a ]*): (.+)$")
  if key then
    stats[#stats + 1] = "field " .. key .. " = " .. val
  elseif line:match("^%+%d+ to maximum") then
    stats[#stats + 1] = "life " .. line:match("%d+")
  elseif line:match("%%") then
    stats[#stats + 1] = "pct " .. line:match("(%d+)%%") .. " " .. line:match("%% (.+)$")
  elseif line:lower():match("^adds") then
    stats[#stats + 1] = "adds " .. table.concat({ line:match("(%d+) to (%d+)") }, "-")
  else
    stats[#stats + 1] = "text " .. line
  end
end
for i, s in ipairs(stats) do print(i, s) end
local lvl, str = item:match("Requires Level (%d+), (%d+) Str")
print("requires", lvl, str)
