-- checks goto continue inside ipairs and pairs loops
local items = {5, -1, 7, 0, -3, 9}
local sum = 0
for _, v in ipairs(items) do
  if v <= 0 then goto continue end
  sum = sum + v
  ::continue::
end
print("sum of positives", sum)
local t = {a = 1, b = 2, c = 3, d = 4}
local picked = {}
for k, v in pairs(t) do
  if v % 2 == 1 then goto continue end
  picked[#picked + 1] = k
  ::continue::
end
table.sort(picked)
print(table.concat(picked, ","))
for i, s in ipairs({"x", "skip", "y"}) do
  if s == "skip" then goto continue end
  print(i, s)
  ::continue::
end
local cnt = 0
for _ in pairs(t) do
  cnt = cnt + 1
  if cnt > 100 then goto continue end
  ::continue::
end
print("count", cnt)
