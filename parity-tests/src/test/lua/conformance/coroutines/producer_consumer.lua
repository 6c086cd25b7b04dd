-- checks the classic producer/filter/consumer pipeline with resume pulling values from producers
local function receive(prod)
  local ok, value = coroutine.resume(prod)
  return value
end
local function send(x) coroutine.yield(x) end
local function producer(items)
  return coroutine.create(function()
    for _, item in ipairs(items) do send(item) end
    send(nil)
  end)
end
local function filter(prod)
  return coroutine.create(function()
    local line = 1
    while true do
      local x = receive(prod)
      if x == nil then send(nil) break end
      send(string.format("%3d %s", line, x))
      line = line + 1
    end
  end)
end
local function consumer(prod)
  while true do
    local x = receive(prod)
    if x == nil then break end
    print(x)
  end
end
consumer(filter(producer({"alpha", "beta", "gamma", "delta"})))
local queue = {}
local cons = coroutine.create(function()
  local total = 0
  while true do
    local item = coroutine.yield()
    if item == nil then return total end
    total = total + item
    print("consumed", item, "total", total)
  end
end)
coroutine.resume(cons)
for i = 1, 5 do coroutine.resume(cons, i * i) end
print("final", coroutine.resume(cons, nil))
print(coroutine.status(cons))
