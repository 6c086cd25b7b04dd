-- checks coroutines sharing upvalues and globals with the main code and with each other
local counter = 0
local log = {}
local function make(name)
  return coroutine.create(function()
    for _ = 1, 3 do
      counter = counter + 1
      log[#log + 1] = name .. counter
      coroutine.yield()
    end
  end)
end
local a, b = make("a"), make("b")
for _ = 1, 3 do coroutine.resume(a); coroutine.resume(b) end
print(counter, table.concat(log, " "))
counter = 100
coroutine.resume(a)
print(coroutine.status(a), counter)
local x = "before"
local co = coroutine.create(function()
  print("co sees", x)
  x = "changed by co"
  coroutine.yield()
  print("co sees", x)
end)
coroutine.resume(co)
print("main sees", x)
x = "changed by main"
coroutine.resume(co)
SHARED_GLOBAL = 1
local g = coroutine.wrap(function()
  while true do
    SHARED_GLOBAL = SHARED_GLOBAL * 2
    coroutine.yield(SHARED_GLOBAL)
  end
end)
print(g(), g(), g())
SHARED_GLOBAL = 1
print(g(), SHARED_GLOBAL)
local fns = {}
local maker = coroutine.wrap(function()
  for i = 1, 3 do
    local captured = i * 10
    coroutine.yield(function() captured = captured + 1; return captured end)
  end
end)
for i = 1, 3 do fns[i] = maker() end
print(fns[1](), fns[1](), fns[2](), fns[3](), fns[3]())
