-- checks sorting records with duplicate keys, printing only the key column (independent of stability)
local rows = {}
local keys = { 3, 1, 2, 3, 1, 2, 3, 1 }
for i, k in ipairs(keys) do rows[i] = { key = k, id = i } end
table.sort(rows, function(a, b) return a.key < b.key end)
local out = {}
for i, r in ipairs(rows) do out[i] = r.key end
print(table.concat(out, " "))
local groups = {}
for _, r in ipairs(rows) do groups[r.key] = (groups[r.key] or 0) + r.id end
print(groups[1], groups[2], groups[3])
local ids = {}
for i, r in ipairs(rows) do ids[i] = r.id end
table.sort(ids)
print(table.concat(ids, " "))
local words = { "bb", "a", "ccc", "dd", "e", "fff" }
table.sort(words, function(x, y) return #x < #y end)
local lens = {}
for i, w in ipairs(words) do lens[i] = #w end
print(table.concat(lens, " "))
local firstShort = words[1] == "a" or words[1] == "e"
print(firstShort, #words[#words])
