-- checks the message for indexing a nil upvalue
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local up
local ok, e = pcall(function()
  return up.x
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  up.x = 1
end)
print(ok2, strip(e2))
local num = 3
local ok3, e3 = pcall(function()
  return num.x
end)
print(ok3, strip(e3))
up = {x = "now set"}
local ok4, v4 = pcall(function()
  return up.x
end)
print(ok4, v4)
local str = "s"
local ok5, v5 = pcall(function()
  return str.len == string.len
end)
print(ok5, v5)
