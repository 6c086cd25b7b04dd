-- checks table.insert with two arguments appending at #t+1
local t = {}
for i = 1, 5 do table.insert(t, i * i) end
print(#t, table.concat(t, ","))
table.insert(t, "end")
print(#t, t[#t])
local nested = {}
table.insert(nested, { 1, 2 })
table.insert(nested, { 3 })
print(#nested, #nested[1], #nested[2])
local s = { "a" }
table.insert(s, false)
print(#s, s[2])
local words = {}
for w in ("alpha beta gamma"):gmatch("%a+") do table.insert(words, w:upper()) end
print(table.concat(words, " "))
print(select("#", table.insert({}, 1)))
