-- checks the goto continue idiom in for, while and nested loops when filtering mod lines
local lines = { "+10 to Strength", "", "# comment", "20% increased Life", "   ", "Adds 1 to 2 Fire Damage", "--" }
local parsed = {}
for i, line in ipairs(lines) do
  if line:match("^%s*$") then goto continue end
  if line:sub(1, 1) == "#" or line == "--" then goto continue end
  parsed[#parsed + 1] = i .. ":" .. line
  ::continue::
end
print(#parsed)
for _, p in ipairs(parsed) do print(p) end
local i, odd = 0, {}
while i < 10 do
  i = i + 1
  if i % 2 == 0 then goto next end
  odd[#odd + 1] = i
  ::next::
end
print(table.concat(odd, " "))
local pairsFound = {}
for a = 1, 4 do
  for b = 1, 4 do
    if a >= b then goto skip end
    if (a + b) % 2 == 1 then goto skip end
    pairsFound[#pairsFound + 1] = a .. "-" .. b
    ::skip::
  end
end
print(table.concat(pairsFound, " "))
