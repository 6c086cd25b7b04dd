-- checks goto continue inside a while loop
local i = 0
local kept = {}
while i < 10 do
  i = i + 1
  if i % 3 == 0 then goto continue end
  kept[#kept + 1] = i
  ::continue::
end
print(table.concat(kept, ","))
local n = 0
local words = {"a", "", "b", "", "c"}
local idx = 0
while idx < #words do
  idx = idx + 1
  local w = words[idx]
  if w == "" then goto continue end
  n = n + 1
  print(idx, w)
  ::continue::
end
print("non-empty", n)
