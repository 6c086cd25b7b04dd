-- checks math.random() is in [0, 1) and math.random(n) in [1, n], without printing any value
local okUnit, okN, okOne = true, true, true
local sum = 0
for _ = 1, 2000 do
  local r = math.random()
  if r < 0 or r >= 1 then okUnit = false end
  sum = sum + r
  local k = math.random(10)
  if k < 1 or k > 10 or k % 1 ~= 0 then okN = false end
  if math.random(1) ~= 1 then okOne = false end
end
print(okUnit, okN, okOne)
print("mean plausible", sum / 2000 > 0.3 and sum / 2000 < 0.7)
print(type(math.random()), type(math.random(5)))
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local ok, e = pcall(function() local r = math.random("x") return r end)
print(ok, strip(e))
local shuffled = { 1, 2, 3, 4, 5, 6, 7, 8 }
for i = #shuffled, 2, -1 do
  local j = math.random(1, i)
  shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
end
table.sort(shuffled)
print(table.concat(shuffled, ","))
