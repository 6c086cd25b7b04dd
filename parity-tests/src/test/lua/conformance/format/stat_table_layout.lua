-- checks a Path of Building-style stat breakdown laid out with widths and precisions
local stats = {
  { label = "Total DPS", value = 123456.789, fmt = "%.1f" },
  { label = "Average Hit", value = 4567.891, fmt = "%.1f" },
  { label = "Crit Chance", value = 57.35, fmt = "%.2f%%" },
  { label = "Attack Rate", value = 1.8433, fmt = "%.2f" },
  { label = "Life", value = 5234, fmt = "%d" },
  { label = "Fire Res", value = 75, fmt = "%+d%%" },
  { label = "Chaos Res", value = -30, fmt = "%+d%%" },
}
print(string.format("%-12s|%12s|", "Stat", "Value"))
print(string.rep("-", 12) .. "+" .. string.rep("-", 12) .. "+")
for _, s in ipairs(stats) do
  print(string.format("%-12s|%12s|", s.label, string.format(s.fmt, s.value)))
end
local total = 0
for _, s in ipairs(stats) do total = total + s.value end
print(string.format("%-12s|%12.3f|", "sum", total))
print(string.format("%-12s|%12.3e|", "sum", total))
