-- checks the t[#t+1] = v idiom building a sequence
local t = {}
for i = 1, 5 do t[#t + 1] = i * i end
print(#t, table.concat(t, " "))
local words = {}
for _, w in ipairs({"x", "y", "z"}) do
  words[#words + 1] = w:upper()
end
print(table.concat(words))
local grow = {"start"}
grow[#grow + 1] = "middle"
grow[#grow + 1] = "end"
print(#grow, grow[1], grow[2], grow[3])
local nested = {}
for i = 1, 3 do
  nested[#nested + 1] = {i, i * 10}
end
print(#nested, nested[2][1], nested[3][2])
local evens = {}
for i = 1, 10 do if i % 2 == 0 then evens[#evens + 1] = i end end
print(#evens, table.concat(evens, ","))
