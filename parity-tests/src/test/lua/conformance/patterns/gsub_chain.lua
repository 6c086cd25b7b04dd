-- checks chained gsub calls used to normalise text, with counts from each step
local s = "  Some   TEXT,with  odd\tspacing;and PUNCTUATION!  "
local a, n1 = s:gsub("%s+", " ")
local b, n2 = a:gsub("^ ", ""):gsub(" $", "")
local c, n3 = b:gsub("([,;])(%S)", "%1 %2")
local d, n4 = c:lower():gsub("%f[%a]%a", string.upper)
print("[" .. a .. "]", n1)
print("[" .. b .. "]", n2)
print("[" .. c .. "]", n3)
print("[" .. d .. "]", n4)
local slug = d:lower():gsub("[^%w]+", "-"):gsub("^%-", ""):gsub("%-$", "")
print(slug)
