-- checks the message for indexing a nil local variable
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local x
  return x.y
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local x
  x.y = 1
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local x = false
  return x[1]
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function(param)
  return param.field
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local s = {}
  local inner = s.a
  return inner.b
end)
print(ok5, strip(e5))
