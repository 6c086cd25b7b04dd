-- checks coroutine.running inside and outside coroutines, compared with == and type only
print("main", coroutine.running() == nil, type(coroutine.running()))
local co
co = coroutine.create(function()
  local r = coroutine.running()
  print("inside", type(r), r == co)
  local inner
  inner = coroutine.create(function()
    local r2 = coroutine.running()
    print("nested", r2 == inner, r2 == co)
  end)
  coroutine.resume(inner)
  print("back", coroutine.running() == co)
  coroutine.yield()
  print("resumed", coroutine.running() == co)
end)
coroutine.resume(co)
print("main again", coroutine.running() == nil)
coroutine.resume(co)
local captured
local w = coroutine.wrap(function()
  captured = coroutine.running()
  coroutine.yield(coroutine.status(captured))
  return coroutine.status(captured)
end)
print(w())
print(type(captured), coroutine.status(captured))
print(w())
print(coroutine.status(captured))
local threads = {}
for i = 1, 3 do
  local c = coroutine.create(function() return coroutine.running() end)
  local _, r = coroutine.resume(c)
  threads[i] = r == c
end
print(threads[1], threads[2], threads[3])
