-- checks generic for receiving iterator triples from a multiple-return call
local function iter3(t) return ipairs(t) end
for i, v in iter3({"a", "b"}) do print(i, v) end
local function myPairs(t) return next, t, nil end
local keys = {}
for k in myPairs({x = 1, y = 2, z = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
local function counter(n)
  return function(max, i)
    if i < max then return i + 1, (i + 1) * 10 end
  end, n, 0
end
for i, v in counter(3) do print(i, v) end
