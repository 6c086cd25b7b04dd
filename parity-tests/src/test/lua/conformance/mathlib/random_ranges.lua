-- checks math.random(m, n) stays within [m, n] and returns integers (values are never printed)
local function check(m, n, count)
  local okRange, okInt = true, true
  local seen = {}
  for _ = 1, count do
    local r = math.random(m, n)
    if r < m or r > n then okRange = false end
    if r ~= math.floor(r) then okInt = false end
    seen[r] = true
  end
  local distinct = 0
  for _ in pairs(seen) do distinct = distinct + 1 end
  print(m, n, okRange, okInt, distinct <= n - m + 1)
end
check(1, 6, 1000)
check(-5, 5, 1000)
check(0, 1, 500)
check(10, 10, 50)
check(-100, -90, 500)
check(1, 1000000, 1000)
local allSix = {}
for _ = 1, 2000 do allSix[math.random(1, 6)] = true end
local n = 0
for i = 1, 6 do if allSix[i] then n = n + 1 end end
print("faces seen", n)
