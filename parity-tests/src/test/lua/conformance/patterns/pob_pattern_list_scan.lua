-- checks scanning a mod line against a sorted list of pattern keys, first match wins
local forms = {
  ["^(%d+)%% increased"] = "INC",
  ["^(%d+)%% reduced"] = "RED",
  ["^(%d+)%% more"] = "MORE",
  ["^(%d+)%% less"] = "LESS",
  ["^%+(%d+)%%? to"] = "BASE",
  ["^%-(%d+)%%? to"] = "BASE_NEG",
  ["^adds (%d+) to (%d+)"] = "DMG",
}
local keys = {}
for k in pairs(forms) do keys[#keys + 1] = k end
table.sort(keys)
local function scan(line)
  local l = line:lower()
  for _, pat in ipairs(keys) do
    local s, e, a, b = l:find(pat)
    if s then
      return forms[pat], a, b, l:sub(e + 1):match("^%s*(.-)%s*$")
    end
  end
  return "UNKNOWN", nil, nil, l
end
local mods = {
  "25% increased Fire Damage", "10% reduced Mana Cost", "40% more Damage",
  "+30 to Strength", "+15% to Fire Resistance", "-10% to Cold Resistance",
  "Adds 2 to 4 Physical Damage", "Grants Level 20 Aura", "5% less Attack Speed",
}
for _, m in ipairs(mods) do
  print(scan(m))
end
