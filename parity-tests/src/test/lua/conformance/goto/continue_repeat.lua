-- checks goto continue inside repeat ... until where the condition uses an outer variable
local i = 0
local odd = {}
repeat
  i = i + 1
  if i % 2 == 0 then goto continue end
  odd[#odd + 1] = i
  ::continue::
until i >= 9
print(table.concat(odd, " "))
local count = 0
local visits = 0
repeat
  visits = visits + 1
  if visits < 3 then goto continue end
  count = count + 10
  ::continue::
until visits == 5
print(count, visits)
print("done")
local r = {}
local x = 10
repeat
  x = x - 1
  if x % 4 ~= 0 then goto continue end
  r[#r + 1] = x
  ::continue::
until x <= 0
print(table.concat(r, ","))
print(x)
