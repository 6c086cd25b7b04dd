-- checks that resuming the running coroutine or a normal (resuming) one fails without killing it
local co
co = coroutine.create(function()
  local ok, e = coroutine.resume(co)
  print("self resume", ok, e)
  print("status still", coroutine.status(co))
  coroutine.yield("yielded after failed self-resume")
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local a, b
a = coroutine.create(function()
  print("a resumes b", coroutine.resume(b))
  return "a done"
end)
b = coroutine.create(function()
  local ok, e = coroutine.resume(a)
  print("b resumes a", ok, e)
  return "b done"
end)
print(coroutine.resume(a))
print(coroutine.status(a), coroutine.status(b))
local w
w = coroutine.wrap(function()
  local ok, e = pcall(w)
  print("wrapped self call", ok, (tostring(e):gsub("^[^:]*:", "")))
  return "wrap ok"
end)
print(w())
