-- checks that varargs, trailing nils and counts survive resume/yield/return in both directions
local function count(...) return select("#", ...) end
local co = coroutine.create(function(...)
  print("start args", count(...), ...)
  local n1 = count(coroutine.yield())
  print("yield got", n1)
  local a, b, c = coroutine.yield(nil, nil, nil)
  print("yield got values", a, b, c)
  print("yield count", count(coroutine.yield(1, nil)))
  return nil, nil, nil, nil
end)
print(count(coroutine.resume(co, nil, 2, nil)))
print(count(coroutine.resume(co)))
print(count(coroutine.resume(co, nil, nil)))
print(coroutine.resume(co, nil, "b", nil))
print(count(coroutine.resume(co, nil, nil, nil, nil, nil)))
local w = coroutine.wrap(function(...)
  local args = {...}
  local n = select("#", ...)
  while true do
    local t = {coroutine.yield(n, unpack(args, 1, n))}
    n = table.maxn(t)
    args = t
  end
end)
print(w(1, 2, 3))
print(w())
print(w(nil, nil, 5))
print(count(w(nil)))
local big = {}
for i = 1, 200 do big[i] = i end
local echo = coroutine.wrap(function(...)
  local x = {...}
  while true do x = {coroutine.yield(unpack(x))} end
end)
print(count(echo(unpack(big))))
print(select(200, echo(unpack(big))))
print(count(echo()))
