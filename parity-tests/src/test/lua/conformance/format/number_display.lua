-- checks Path of Building-style number display: rounding to places and thousands separators
local function round(v, places)
  local m = 10 ^ (places or 0)
  return math.floor(v * m + 0.5) / m
end
local function formatNumSep(n)
  local s = string.format("%.2f", n)
  local int, frac = s:match("^(%-?%d+)(%.%d+)$")
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^(%-?),", "%1")
  frac = frac:gsub("0+$", ""):gsub("%.$", "")
  return int .. frac
end
local nums = { 0, 7, 1234, 1234567.891, -9876543.21, 1000, 999999.999, 0.1, 12.3456 }
for _, n in ipairs(nums) do
  print(string.format("%-14s %-14s %s", tostring(n), formatNumSep(n), tostring(round(n, 1))))
end
print(string.format("%.2f", 4125.3 * 1.2), string.format("%d", 4125.3 * 1.2))
print(string.format("%.1f%%", 0.456 * 100))
