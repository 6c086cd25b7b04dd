-- checks ipairs and numeric for over 1..#t agree on sequences, and ipairs stops at the first nil
local t = { 5, 10, 15, 20 }
local a, b = {}, {}
for i, v in ipairs(t) do a[#a + 1] = i .. "=" .. v end
for i = 1, #t do b[#b + 1] = i .. "=" .. t[i] end
print(table.concat(a, " "), table.concat(a, " ") == table.concat(b, " "))
local holes = {}
holes[1], holes[2], holes[4] = "x", "y", "w"
local seen = {}
for i, v in ipairs(holes) do seen[#seen + 1] = v end
print(#seen, table.concat(seen))
local total = 0
for i = #t, 1, -1 do total = total * 2 + t[i] end
print(total)
local empty = {}
local n = 0
for _ in ipairs(empty) do n = n + 1 end
print(n, #empty)
local falseItems = { false, false, true }
local c = 0
for _, v in ipairs(falseItems) do c = c + 1 end
print(c, #falseItems)
