-- checks that yielding inside C library callbacks (sort comparator, gsub replacement) fails inside the coroutine
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local co = coroutine.create(function()
  local t = {3, 1, 2}
  table.sort(t, function(a, b) coroutine.yield("in comparator") return a < b end)
  return "sorted"
end)
local ok, e = coroutine.resume(co)
print(ok, strip(e), coroutine.status(co))
local co2 = coroutine.create(function()
  return (string.gsub("abc", "%w", function(c) coroutine.yield(c) return c:upper() end))
end)
local ok2, e2 = coroutine.resume(co2)
print(ok2, strip(e2), coroutine.status(co2))
local co3 = coroutine.create(function()
  local ok3, e3 = pcall(table.sort, {2, 1}, function(a, b) coroutine.yield() return a < b end)
  coroutine.yield("caught inside", ok3, strip(e3))
  return "survived"
end)
print(coroutine.resume(co3))
print(coroutine.resume(co3))
local co4 = coroutine.create(function()
  local t = {5, 3, 9, 1}
  table.sort(t, function(a, b) return a > b end)
  coroutine.yield(table.concat(t, ","))
  local s = ("hello"):gsub("l", function() return "L" end)
  return s
end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
local co5 = coroutine.create(function()
  local parts = {}
  for w in ("x y z"):gmatch("%a") do parts[#parts + 1] = w; coroutine.yield(w) end
  return table.concat(parts)
end)
print(coroutine.resume(co5))
print(coroutine.resume(co5))
print(coroutine.resume(co5))
print(coroutine.resume(co5))
