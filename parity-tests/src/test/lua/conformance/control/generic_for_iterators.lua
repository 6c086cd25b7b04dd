-- checks generic for with ipairs, next, pairs over arrays and custom iterators
for i, v in ipairs({"a", "b", "c"}) do print(i, v) end
local sum = 0
for k, v in next, {10, 20, 30} do sum = sum + v end
print(sum)
local keys = {}
for k in pairs({x = 1, y = 2, z = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys))
local function evenIter(max, cur)
  cur = cur + 2
  if cur <= max then return cur end
end
local evens = {}
for v in evenIter, 10, 0 do evens[#evens + 1] = v end
print(table.concat(evens, " "))
local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= #s then return i, s:sub(i, i) end
  end
end
for i, c in chars("hey") do print(i, c) end
