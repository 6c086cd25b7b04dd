-- checks coroutines created and resumed inside other coroutines, with yields going to the right resumer
local log = {}
local function L(s) log[#log + 1] = s end
local outer = coroutine.create(function(x)
  L("outer start " .. x)
  local inner = coroutine.create(function(y)
    L("inner start " .. y)
    local z = coroutine.yield(y * 2)
    L("inner got " .. z)
    return z + 1
  end)
  local ok, v = coroutine.resume(inner, x + 1)
  L("outer got from inner " .. tostring(v))
  local w = coroutine.yield(v)
  L("outer resumed with " .. w)
  local ok2, v2 = coroutine.resume(inner, w)
  L("inner returned " .. tostring(v2) .. " " .. coroutine.status(inner))
  return v2 * 10
end)
print(coroutine.resume(outer, 5))
print(coroutine.resume(outer, 7))
print(coroutine.status(outer))
for i, s in ipairs(log) do print(i, s) end
local function chain(n)
  if n == 0 then
    return coroutine.create(function() coroutine.yield("bottom") return "bottom done" end)
  end
  return coroutine.create(function()
    local c = chain(n - 1)
    local _, v = coroutine.resume(c)
    coroutine.yield(n .. ">" .. v)
    local _, v2 = coroutine.resume(c)
    return n .. ">" .. v2
  end)
end
local top = chain(4)
print(coroutine.resume(top))
print(coroutine.resume(top))
print(coroutine.resume(top))
