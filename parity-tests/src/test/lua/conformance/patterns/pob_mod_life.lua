-- checks Path of Building-style parsing of "+N to maximum X" mod lines with anchored captures
local lines = {
  "+12 to maximum Life",
  "12 to maximum Mana",
  "+120 to maximum Energy Shield",
  "-5 to maximum Life",
  "+12 to maximum Life and Mana",
  "+3 to maximum Power Charges",
}
for _, line in ipairs(lines) do
  local num, stat = line:match("^%+?(%d+) to maximum (%a+)$")
  if num then
    print(string.format("%-32s -> %s BASE %d", line, stat, tonumber(num)))
  else
    local n2, rest = line:match("^([%+%-]%d+) to maximum (.+)$")
    if n2 then
      print(string.format("%-32s -> [%s] BASE %d", line, rest, tonumber(n2)))
    else
      print(string.format("%-32s -> unparsed", line))
    end
  end
end
