-- checks %s with widths, left alignment, precision (truncation) and combinations
local f = string.format
print(f("[%s]", "abc"), f("[%5s]", "abc"), f("[%-5s]", "abc"))
print(f("[%.3s]", "abcdef"), f("[%.10s]", "abc"), f("[%.0s]", "abc"))
print(f("[%10.4s]", "abcdefgh"), f("[%-10.4s]", "abcdefgh"))
print(f("[%-10s|]", "name"), f("%-10s|%5s", "key", "val"))
print(f("[%2s]", "longer"), f("[%s]", ""))
print(f("%s%s%s", "a", "b", "c"))
print(f("%s", "%d"), f("%s", "%%"))
print(f("%5s|", "\0"):byte(1, -1))
local rows = { { "Life", 1234 }, { "Mana", 56 }, { "Energy Shield", 7 } }
for _, r in ipairs(rows) do print(f("%-14s%6d", r[1], r[2])) end
print(f("%.3s%.3s", "abcdef", "ghijkl"))
print(#f("%99s", "x"), #f("%-99s", "x"))
