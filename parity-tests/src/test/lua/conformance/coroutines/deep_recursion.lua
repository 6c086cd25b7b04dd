-- checks deep recursion (depth 2000) inside a coroutine, including yields from the deepest level
local function depth(n)
  if n == 0 then return 0 end
  return 1 + depth(n - 1)
end
local co = coroutine.create(function(n) return depth(n) end)
print(coroutine.resume(co, 2000))
local function descend(n)
  if n == 0 then
    local v = coroutine.yield("bottom")
    return v
  end
  local r = descend(n - 1)
  return r + 1
end
local co2 = coroutine.create(function() return descend(2000) end)
print(coroutine.resume(co2))
print(coroutine.status(co2))
print(coroutine.resume(co2, 5))
local function yieldEvery(n)
  if n % 500 == 0 then coroutine.yield(n) end
  if n == 0 then return "base" end
  return yieldEvery(n - 1)
end
local seen = {}
for v in coroutine.wrap(function() yieldEvery(2000) end) do seen[#seen + 1] = v end
print(table.concat(seen, " "))
local function sumList(n, acc)
  if n == 0 then return acc end
  return sumList(n - 1, acc + n)
end
print(coroutine.wrap(function() return sumList(2000, 0) end)())
local co3 = coroutine.create(function()
  local function fail(n) if n == 0 then error("deep failure", 0) end return fail(n - 1) + 1 end
  return fail(2000)
end)
print(coroutine.resume(co3))
local function build(n)
  if n == 0 then return {} end
  return {next = build(n - 1)}
end
local list = coroutine.wrap(function() return build(2000) end)()
local len = 0
while list.next do len = len + 1; list = list.next end
print("list length", len)
