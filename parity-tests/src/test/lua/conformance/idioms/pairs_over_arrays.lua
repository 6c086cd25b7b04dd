-- checks pairs over sequential arrays visits indices 1..n in order, like ipairs, and stops at the end
local arr = { "a", "b", "c", "d" }
local keys, vals = {}, {}
for k, v in pairs(arr) do keys[#keys + 1] = k; vals[#vals + 1] = v end
print(table.concat(keys, ","), table.concat(vals, ","))
local built = {}
for i = 1, 10 do built[i] = i * i end
local sum, order = 0, true
local last = 0
for k, v in pairs(built) do
  sum = sum + v
  if k ~= last + 1 then order = false end
  last = k
end
print(sum, order, last)
local mixed = { 10, 20, 30, name = "x" }
local n, strs = 0, {}
for k, v in pairs(mixed) do
  if type(k) == "number" then n = n + v else strs[#strs + 1] = k .. "=" .. v end
end
print(n, table.concat(strs))
local count = 0
for _ in pairs({}) do count = count + 1 end
print(count)
local sorted = {}
for k in pairs({ z = 1, a = 2, m = 3 }) do sorted[#sorted + 1] = k end
table.sort(sorted)
print(table.concat(sorted, ""))
