-- checks % (floored, sign of divisor) against math.fmod (truncated, sign of dividend)
local pairsList = { { 7, 3 }, { -7, 3 }, { 7, -3 }, { -7, -3 }, { 5.5, 2 }, { -5.5, 2 }, { 1, 0.3 } }
for _, p in ipairs(pairsList) do
  local a, b = p[1], p[2]
  print(a, b, a % b, math.fmod(a, b), a % b == a - math.floor(a / b) * b)
end
print(-6 % 3, 6 % -3, 0 % 5)
local function isnan(x) return x ~= x end
print(isnan(7 % 0), isnan(7 % math.huge), isnan(-7 % math.huge), isnan(math.huge % 2))
print(5 % -0.0 ~= 5 % -0.0, -0.0 % 1)
