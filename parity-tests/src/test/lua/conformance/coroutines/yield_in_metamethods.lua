-- checks yielding from inside metamethods and iterator functions, which LuaJIT allows across the VM
local proxy = setmetatable({}, {
  __index = function(t, k) return coroutine.yield("need " .. k) end,
  __newindex = function(t, k, v) rawset(t, k, coroutine.yield("set " .. k .. "=" .. tostring(v))) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
})
local other = setmetatable({}, getmetatable(proxy))
local co = coroutine.create(function()
  local v = proxy.color
  print("index gave", v)
  proxy.size = 10
  print("stored", rawget(proxy, "size"))
  print("add gave", proxy + 1)
  print("call gave", proxy("arg"))
  print("concat gave", proxy .. "s")
  print("eq gave", proxy == other)
  print("lt gave", proxy < other)
  return "end"
end)
local answers = {"red", "ten", 42, "called", "joined", false, true}
local ok, msg = coroutine.resume(co)
local i = 1
while coroutine.status(co) == "suspended" do
  print("request", msg)
  ok, msg = coroutine.resume(co, answers[i])
  i = i + 1
end
print(ok, msg)
local function yieldingIter(s, i)
  if i >= 3 then return nil end
  coroutine.yield("iter at " .. i)
  return i + 1
end
local w = coroutine.wrap(function()
  for i in yieldingIter, nil, 0 do coroutine.yield("body " .. i) end
  return "loop done"
end)
for _ = 1, 7 do print(w()) end
