-- checks building arrays with t[#t+1], ipairs over them and # after appends and removals
local t = {}
for i = 1, 10 do
  if i % 3 ~= 0 then t[#t + 1] = i end
end
print(#t, table.concat(t, ","))
local copy = {}
for _, v in ipairs(t) do copy[#copy + 1] = v * 10 end
print(#copy, table.concat(copy, ","))
t[#t] = nil
t[#t] = nil
print(#t, table.concat(t, ","))
local matrix = {}
for r = 1, 3 do
  local row = {}
  for c = 1, 4 do row[#row + 1] = r * c end
  matrix[#matrix + 1] = row
end
for _, row in ipairs(matrix) do print(#row, table.concat(row, " ")) end
local flat = {}
for _, row in ipairs(matrix) do for _, v in ipairs(row) do flat[#flat + 1] = v end end
print(#flat, flat[#flat])
