-- checks break only leaves the innermost loop
local log = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    log[#log + 1] = i .. j
  end
end
print(table.concat(log, " "))
local found
for i = 1, 5 do
  local j = 0
  while true do
    j = j + 1
    if j > i then break end
    if i * j == 6 then found = i .. "x" .. j; break end
  end
  if found then break end
end
print(found)
local r = 0
repeat
  r = r + 1
  for k = 1, 10 do if k > r then break end end
until r == 3
print(r)
for i = 1, 3 do
  if i == 2 then break end
  print("i", i)
end
print("after")
