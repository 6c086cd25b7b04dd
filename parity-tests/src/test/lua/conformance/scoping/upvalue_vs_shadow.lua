-- checks that closures bind to the variable visible at their definition
local x = "first"
local f1 = function() return x end
local x = "second"
local f2 = function() return x end
print(f1(), f2())
x = "second changed"
print(f1(), f2())
local y = 1
local function make()
  local y = y + 10
  return function() return y end
end
y = 100
print(make()())
y = 5
print(make()())
local z = "z1"
local function readZ() return z end
do
  local z = "z2"
  print(readZ(), z)
end
