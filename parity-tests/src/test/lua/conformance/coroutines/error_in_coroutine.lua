-- checks that errors inside coroutines make resume return false plus the message and leave the coroutine dead
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("failure after yield")
end)
print(coroutine.resume(co, "first"))
local ok, e = coroutine.resume(co)
print(ok, strip(e), coroutine.status(co))
local kinds = {
  function() error("plain string") end,
  function() error("level zero", 0) end,
  function() error(123) end,
  function() error(nil) end,
  function() error(true) end,
  function() local t = {} ; return t.a.b end,
  function() return #nil end,
  function() return ("x")() end,
  function() return {} .. "s" end,
  function() return nil < 1 end,
}
for i, f in ipairs(kinds) do
  local c = coroutine.create(f)
  local ok2, err = coroutine.resume(c)
  print(i, ok2, type(err), strip(err), coroutine.status(c))
end
local c = coroutine.create(function() error(setmetatable({}, {__tostring = function() return "custom object" end})) end)
local ok3, obj = coroutine.resume(c)
print(ok3, tostring(obj))
local c2 = coroutine.create(function(...) return select("#", ...), ... end)
print(coroutine.resume(c2, nil, nil))
