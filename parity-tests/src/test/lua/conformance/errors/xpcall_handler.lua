-- checks xpcall passing the error message to a handler and returning its result
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function handler(m) return "handled: " .. strip(m) end
print(xpcall(function()
  error("boom")
end, handler))
print(xpcall(function() return "fine", 2 end, handler))
local seen
print(xpcall(function()
  error({tag = "t"})
end, function(e) seen = e; return e.tag end))
print(type(seen))
print(xpcall(function()
  local x = nil
  return x.field
end, handler))
print(xpcall(function()
  error("zero", 0)
end, function(m) return m .. "!", "extra" end))
print(xpcall(function() error("x") end, function(m) error("in handler") end))
