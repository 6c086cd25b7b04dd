-- checks table.concat over a thousand numbers and slices of it
local t = {}
for i = 1, 1000 do t[i] = i end
local s = table.concat(t, ",")
print(#s, s:sub(1, 20), s:sub(-19))
print(#table.concat(t), #table.concat(t, "", 991))
print(table.concat(t, " ", 500, 505))
local words = {}
for i = 1, 26 do words[i] = string.char(96 + i):rep(i % 4 + 1) end
print(table.concat(words, "."))
local evens = {}
for i = 2, 40, 2 do evens[#evens + 1] = i end
print(#evens, table.concat(evens, "+", 1, 5), table.concat(evens, "", 18))
print(#table.concat(t, ", ", 1, 100), select(2, table.concat(t, ","):gsub(",", ",")))
