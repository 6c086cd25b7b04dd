-- checks repeat ... until running the body at least once
local i = 0
repeat i = i + 1 until true
print(i)
local n = 10
repeat n = n - 3 until n < 0
print(n)
local log = {}
local k = 0
repeat
  k = k + 1
  log[#log + 1] = k
  if k == 3 then break end
until k >= 10
print(table.concat(log, ","))
local x = 1
repeat
  local y = x * 2
  x = y
until y > 50
print(x)
local runs = 0
repeat runs = runs + 1 until runs > 0
print(runs)
