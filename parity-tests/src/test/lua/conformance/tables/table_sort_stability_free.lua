-- checks table.sort on records with unique keys (result independent of sort stability)
local recs = {}
local names = {"e", "b", "d", "a", "c", "g", "f"}
for i, n in ipairs(names) do recs[i] = {name = n, id = i} end
table.sort(recs, function(x, y) return x.name < y.name end)
local out = {}
for _, r in ipairs(recs) do out[#out + 1] = r.name .. r.id end
print(table.concat(out, " "))
table.sort(recs, function(x, y) return x.id > y.id end)
out = {}
for _, r in ipairs(recs) do out[#out + 1] = r.name end
print(table.concat(out, ""))
local big = {}
for i = 1, 50 do big[i] = (i * 37) % 101 end
table.sort(big)
print(big[1], big[25], big[50])
local sorted = true
for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end
print(sorted)
print(#big)
