-- checks which functions and constants the math table provides (names sorted, types only)
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
for i = 1, #names, 6 do
  print(table.concat(names, " ", i, math.min(i + 5, #names)))
end
print(#names, math.mod, math.pow ~= nil, math.log10 ~= nil, math.ldexp ~= nil)
