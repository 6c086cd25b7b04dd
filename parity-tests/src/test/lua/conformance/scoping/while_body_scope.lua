-- checks that locals inside a while body are fresh each iteration
local n = 0
local seen = {}
while n < 3 do
  local tmp
  seen[#seen + 1] = tostring(tmp)
  tmp = n
  n = n + 1
end
print(table.concat(seen, ","))
print(tmp)
local total = 0
while true do
  local step = 5
  total = total + step
  if total >= 15 then break end
end
print(total, step)
local fns = {}
local j = 1
while j <= 3 do
  local captured = j
  fns[j] = function() return captured end
  j = j + 1
end
print(fns[1](), fns[2](), fns[3]())
print(j, captured)
