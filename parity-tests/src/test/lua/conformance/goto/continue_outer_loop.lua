-- checks continuing an outer loop from inside an inner loop with goto
local found = {}
for i = 1, 4 do
  for j = 1, 4 do
    if j > i then goto next_i end
    if (i + j) % 3 == 0 then
      found[#found + 1] = i .. "+" .. j
      goto next_i
    end
  end
  found[#found + 1] = "none" .. i
  ::next_i::
end
print(table.concat(found, " "))
local rows = {{1, 2, -1, 4}, {5, 6}, {-2, 8}}
for r, row in ipairs(rows) do
  local s = 0
  for _, v in ipairs(row) do
    if v < 0 then
      print("row", r, "has negative, partial sum", s)
      goto next_row
    end
    s = s + v
  end
  print("row", r, "sum", s)
  ::next_row::
end
local pairsFound = 0
for i = 1, 3 do
  for j = 1, 3 do
    if i == j then goto next_outer end
    pairsFound = pairsFound + 1
  end
  ::next_outer::
end
print("pairs before diagonal", pairsFound)
