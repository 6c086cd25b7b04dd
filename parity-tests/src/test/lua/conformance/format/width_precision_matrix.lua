-- checks a matrix of widths and precisions for %f, %e and %s on fixed values
local f = string.format
local v = 31.4159
for _, w in ipairs({ 0, 3, 8 }) do
  local row = {}
  for _, p in ipairs({ 0, 1, 3 }) do
    row[#row + 1] = "[" .. f("%" .. w .. "." .. p .. "f", v) .. "]"
    row[#row + 1] = "[" .. f("%-" .. w .. "." .. p .. "e", v) .. "]"
    row[#row + 1] = "[" .. f("%" .. w .. "." .. p .. "s", "abcdef") .. "]"
  end
  print(table.concat(row, " "))
end
for w = 1, 6 do print(f("%0" .. w .. "d|%" .. w .. "x|%-" .. w .. "o|", 9, 26, 8)) end
