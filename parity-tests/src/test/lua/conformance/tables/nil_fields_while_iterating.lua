-- checks clearing fields while iterating with pairs (counts and sorted results only)
local t = {}
for i = 1, 10 do t["k" .. i] = i end
local visited = 0
for k, v in pairs(t) do
  visited = visited + 1
  if v % 2 == 0 then t[k] = nil end
end
print(visited)
local remaining = {}
for k in pairs(t) do remaining[#remaining + 1] = k end
table.sort(remaining)
print(#remaining, table.concat(remaining, ","))
for k in pairs(t) do t[k] = nil end
print(next(t))
local arr = {1, 2, 3, 4, 5}
for i in pairs(arr) do arr[i] = nil end
print(#arr, next(arr))
local m = {a = 1, b = 2, c = 3}
local changed = 0
for k, v in pairs(m) do m[k] = v * 10; changed = changed + 1 end
print(changed, m.a, m.b, m.c)
