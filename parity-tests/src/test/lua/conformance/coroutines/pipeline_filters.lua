-- checks a chain of generator stages (source, map, filter, take) connected through coroutine.wrap
local function source(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function map(f, gen)
  return coroutine.wrap(function() for v in gen do coroutine.yield(f(v)) end end)
end
local function filter(p, gen)
  return coroutine.wrap(function() for v in gen do if p(v) then coroutine.yield(v) end end end)
end
local function take(n, gen)
  return coroutine.wrap(function()
    if n <= 0 then return end
    local i = 0
    for v in gen do
      coroutine.yield(v)
      i = i + 1
      if i >= n then return end
    end
  end)
end
local function collect(gen)
  local t = {}
  for v in gen do t[#t + 1] = v end
  return t
end
print(table.concat(collect(source(8)), " "))
print(table.concat(collect(map(function(x) return x * x end, source(8))), " "))
print(table.concat(collect(filter(function(x) return x % 3 == 0 end, source(30))), " "))
print(table.concat(collect(take(4, filter(function(x) return x % 2 == 1 end, map(function(x) return x * 3 end, source(100))))), " "))
print(#collect(take(0, source(5))))
print(table.concat(collect(take(10, source(3))), " "))
local function zip(g1, g2)
  return coroutine.wrap(function()
    while true do
      local a, b = g1(), g2()
      if a == nil or b == nil then return end
      coroutine.yield(a .. "-" .. b)
    end
  end)
end
print(table.concat(collect(zip(source(5), map(function(i) return string.char(96 + i) end, source(3)))), " "))
local function chars(s) return coroutine.wrap(function() for c in s:gmatch(".") do coroutine.yield(c) end end) end
print(table.concat(collect(zip(chars("abcd"), source(10))), ","))
