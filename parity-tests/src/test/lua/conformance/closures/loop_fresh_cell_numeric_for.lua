-- checks that each numeric for iteration captures a fresh loop variable
local fns = {}
for i = 1, 5 do
  fns[i] = function() return i end
end
for k = 1, 5 do
  print(k, fns[k]())
end
local adders = {}
for step = 10, 30, 10 do
  adders[#adders + 1] = function(x) return x + step end
end
print(adders[1](1), adders[2](1), adders[3](1))
