-- checks while loops with break and conditions evaluated each iteration
local i = 0
while true do
  i = i + 1
  if i >= 5 then break end
end
print(i)
local n, steps = 27, 0
while n ~= 1 do
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
end
print(steps)
local count = 0
while count < 0 do count = count + 1 end
print(count)
local outer = 0
while outer < 3 do
  outer = outer + 1
  local inner = 0
  while true do
    inner = inner + 1
    if inner == outer then break end
  end
  print(outer, inner)
end
