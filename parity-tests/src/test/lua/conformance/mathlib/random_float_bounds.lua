-- checks LuaJIT's math.random with non-integer or empty bounds (bounds are not truncated or validated)
local halves, inRange = true, true
for _ = 1, 1000 do
  local r = math.random(-2.5, 2.5)
  if r - math.floor(r) ~= 0.5 then halves = false end
  if r < -2.5 or r > 2.5 then inRange = false end
end
print("results keep the .5 offset", halves, inRange)
local allOne = true
for _ = 1, 100 do if math.random(0) ~= 1 then allOne = false end end
print("random(0) is 1", allOne)
local allTwo = true
for _ = 1, 100 do if math.random(2, 1) ~= 2 then allTwo = false end end
print("random(2, 1) is 2", allTwo)
print(pcall(math.random, 1, 2, 3) == true)
local lo, hi, ints = math.huge, -math.huge, true
for _ = 1, 1000 do
  local r = math.random(3.5)
  if r < lo then lo = r end
  if r > hi then hi = r end
  if r % 1 ~= 0 then ints = false end
end
print("random(3.5) stays within [1, 4]", lo >= 1, hi <= 4, "integers", ints)
