-- checks Path of Building-style parsing of "N% increased/reduced X" mod lines
local lines = {
  "20% increased Armour",
  "15% reduced Attack Speed",
  "8% increased maximum Life",
  "100% increased Critical Strike Chance",
  "10% more Damage",
  "Increased Armour",
  "5.5% increased Movement Speed",
}
for _, line in ipairs(lines) do
  local num, kind, stat = line:match("^([%d%.]+)%% (%a+) (.+)$")
  if num and (kind == "increased" or kind == "reduced") then
    local v = tonumber(num)
    if kind == "reduced" then v = -v end
    print(string.format("INC %-28s %g", stat, v))
  elseif num then
    print(string.format("%s %-28s %g", kind:upper(), stat, tonumber(num)))
  else
    print("no match: " .. line)
  end
end
print(("20% increased Armour"):match("(%d+)%% increased (.+)"))
print(("Armour: 20% increased"):match("(%d+)%% increased (.+)"))
