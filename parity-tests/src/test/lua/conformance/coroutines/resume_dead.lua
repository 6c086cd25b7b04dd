-- checks resuming dead coroutines (finished normally or by error) and calling a dead wrapped coroutine
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local co = coroutine.create(function(a) return a * 2 end)
print(coroutine.resume(co, 21))
print(coroutine.status(co))
for i = 1, 3 do print(i, coroutine.resume(co, i)) end
local co2 = coroutine.create(function() error("died") end)
local ok, e = coroutine.resume(co2)
print(ok, strip(e))
print(coroutine.resume(co2))
print(coroutine.status(co2))
local w = coroutine.wrap(function() return "only once" end)
print(w())
local ok2, e2 = pcall(w)
print(ok2, strip(e2))
local ok3, e3 = pcall(function() return w() end)
print(ok3, strip(e3))
local co3 = coroutine.create(function()
  for i = 1, 2 do coroutine.yield(i) end
end)
local results = {}
for i = 1, 5 do
  local okr, v = coroutine.resume(co3)
  results[#results + 1] = tostring(okr) .. ":" .. tostring(v)
end
print(table.concat(results, " "))
print(select("#", coroutine.resume(co3)))
