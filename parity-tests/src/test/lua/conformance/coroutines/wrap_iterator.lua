-- checks iterators built with coroutine.wrap used in generic for loops
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
for i in range(5) do io.write(i, " ") end
print()
for i in range(10, 3) do io.write(i, " ") end
print()
local function pairsSorted(t)
  return coroutine.wrap(function()
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do coroutine.yield(k, t[k]) end
  end)
end
for k, v in pairsSorted({banana = 3, apple = 1, cherry = 2}) do print(k, v) end
local function words(s)
  return coroutine.wrap(function()
    for w in s:gmatch("%a+") do coroutine.yield(w:upper(), #w) end
  end)
end
for w, n in words("the quick brown fox") do print(w, n) end
local function enumerate(it)
  return coroutine.wrap(function()
    local i = 0
    for v in it do i = i + 1; coroutine.yield(i, v) end
  end)
end
for i, v in enumerate(range(9, 4)) do print(i, v) end
