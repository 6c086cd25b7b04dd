-- checks yielding from inside pcall within a coroutine (allowed in LuaJIT) and errors after the yield
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local co = coroutine.create(function()
  local ok, a, b = pcall(function()
    local x = coroutine.yield("inside pcall")
    local y = coroutine.yield("still inside", x)
    return x + y, "sum"
  end)
  print("pcall returned", ok, a, b)
  local ok2, e = pcall(function()
    local z = coroutine.yield("second pcall")
    error("bad value " .. z)
  end)
  print("pcall caught", ok2, strip(e))
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 32))
print(coroutine.resume(co, "Q"))
print(coroutine.status(co))
local co2 = coroutine.create(function()
  return xpcall(function()
    coroutine.yield(1)
    coroutine.yield(2)
    error({msg = "tbl"})
  end, function(err) return "handled " .. err.msg end)
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print(coroutine.resume(co2))
local gen = coroutine.wrap(function()
  for i = 1, 3 do
    pcall(function() pcall(function() coroutine.yield(i) end) end)
  end
  return "over"
end)
print(gen(), gen(), gen(), gen())
