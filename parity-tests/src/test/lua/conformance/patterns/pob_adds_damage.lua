-- checks Path of Building-style parsing of "Adds X to Y <type> Damage" lines, lower-cased first
local lines = {
  "Adds 3 to 7 Fire Damage to Attacks",
  "Adds 10 to 20 Cold Damage",
  "Adds 1 to 120 Lightning Damage to Spells",
  "adds 5 to 5 physical damage",
  "Adds (3-5) to (8-10) Chaos Damage",
  "Gain 10 to 20 Fire Damage",
}
for _, line in ipairs(lines) do
  local l = line:lower()
  local min, max, dtype = l:match("^adds (%d+) to (%d+) (%a+) damage")
  if min then
    local suffix = l:match("damage to (%a+)$") or "all"
    local avg = (tonumber(min) + tonumber(max)) / 2
    print(dtype, min, max, suffix, string.format("%.1f", avg))
  else
    local a, b, c, d = l:match("^adds %((%d+)%-(%d+)%) to %((%d+)%-(%d+)%)")
    if a then
      print("range", a, b, c, d)
    else
      print("none", l)
    end
  end
end
