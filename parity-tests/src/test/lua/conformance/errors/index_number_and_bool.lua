-- checks messages for indexing numbers and booleans
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local n = 5
  return n.x
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local n = 5
  n[1] = 2
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local t = {n = 1}
  return t.n.x
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local b = true
  return b.x
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local f = print
  return f.x
end)
print(ok5, strip(e5))
