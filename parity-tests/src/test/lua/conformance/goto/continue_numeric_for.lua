-- checks goto continue with ::continue:: as the last statement of a numeric for body
local out = {}
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  local sq = i * i
  out[#out + 1] = sq
  ::continue::
end
print(table.concat(out, " "))
local skipped = 0
for i = 1, 5 do
  if i == 3 then
    skipped = skipped + 1
    goto continue
  end
  print("kept", i)
  ::continue::
end
print("skipped", skipped)
