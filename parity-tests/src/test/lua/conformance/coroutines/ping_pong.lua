-- checks two coroutines passing a message back and forth through a dispatcher loop
local transcript = {}
local ping = coroutine.create(function(n)
  while n > 0 do
    transcript[#transcript + 1] = "ping " .. n
    n = coroutine.yield("pong", n - 1)
  end
  return "ping stops"
end)
local pong = coroutine.create(function(n)
  while n > 0 do
    transcript[#transcript + 1] = "pong " .. n
    n = coroutine.yield("ping", n - 1)
  end
  return "pong stops"
end)
local players = {ping = ping, pong = pong}
local who, arg = "ping", 5
local last
while true do
  local co = players[who]
  local ok, nextWho, nextArg = coroutine.resume(co, arg)
  if coroutine.status(co) == "dead" then last = nextWho break end
  who, arg = nextWho, nextArg
end
for i, line in ipairs(transcript) do print(i, line) end
print(last, coroutine.status(ping), coroutine.status(pong))
local function transfer()
  local order = {}
  local a, b
  a = coroutine.wrap(function()
    for i = 1, 3 do order[#order + 1] = "a" .. i; b() end
  end)
  b = coroutine.wrap(function()
    for i = 1, 3 do order[#order + 1] = "b" .. i; coroutine.yield() end
  end)
  a()
  return table.concat(order, " ")
end
print(transfer())
