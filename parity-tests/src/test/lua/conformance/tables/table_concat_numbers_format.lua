-- checks that table.concat formats numbers like tostring
local t = {
  1,
  1.5,
  100 / 3,
  1e15,
  1e16,
  -0.0,
  2^53,
  1 / 0,
  -1 / 0,
  0.1,
}
for i = 1, #t do print(i, table.concat({t[i]}), tostring(t[i])) end
print(table.concat({0.1, 0.2}, "+"))
print(table.concat({1, 2, 3}, 0))
print(table.concat({"a", "b"}, 1.5))
