-- checks messages for calling nil globals, fields, methods and locals
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  undefinedFunction()
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {}
  t.missing()
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local obj = {}
  obj:missing()
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local f
  f()
end)
print(ok4, strip(e4))
local up
local ok5, e5 = pcall(function()
  up()
end)
print(ok5, strip(e5))
local ok6, e6 = pcall(function()
  local t = {}
  t[1]()
end)
print(ok6, strip(e6))
