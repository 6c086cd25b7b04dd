-- checks the message for indexing a nil field of a table
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local t = {}
  return t.a.b
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {a = {}}
  return t.a.b.c
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local t = {}
  t.a.b = 1
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local t = {}
  return t[1].x
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local t = {}
  local k = "dyn"
  return t[k].x
end)
print(ok5, strip(e5))
