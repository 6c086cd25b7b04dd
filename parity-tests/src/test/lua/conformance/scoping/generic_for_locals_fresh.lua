-- checks that generic for loop variables can be reassigned without breaking iteration
local t = {"a", "b", "c"}
for i, v in ipairs(t) do
  i = i * 100
  v = v .. "!"
  print(i, v)
end
for i = 1, 3 do
  local before = i
  i = i + 10
  print(before, i)
end
print(t[1], t[2], t[3])
