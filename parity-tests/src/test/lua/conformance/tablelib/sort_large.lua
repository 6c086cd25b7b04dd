-- checks sorting 500 pseudo-random integers from a fixed LCG and verifying order and checksum
local seed = 12345
local function nextRand()
  seed = (seed * 16807) % 2147483647
  return seed % 100000
end
local t, sum = {}, 0
for i = 1, 500 do t[i] = nextRand(); sum = sum + t[i] end
table.sort(t)
local sorted, after = true, 0
for i = 1, #t do
  after = after + t[i]
  if i > 1 and t[i - 1] > t[i] then sorted = false end
end
print(#t, sorted, sum == after, sum)
print(t[1], t[2], t[250], t[499], t[500])
table.sort(t, function(a, b) return a > b end)
print(t[1], t[500])
local distinct = 1
for i = 2, #t do if t[i] ~= t[i - 1] then distinct = distinct + 1 end end
print("distinct", distinct, distinct <= 500)
local strs = {}
for i = 1, 50 do strs[i] = tostring(t[i * 10]) end
table.sort(strs)
print(strs[1], strs[50], #strs)
