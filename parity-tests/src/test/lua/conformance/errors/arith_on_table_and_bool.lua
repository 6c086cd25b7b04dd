-- checks messages for arithmetic on tables and booleans
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local t = {}
  return t + 1
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {}
  return 2 * t
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  return {} ^ 2
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local b = true
  return b - 1
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local t = {f = false}
  return t.f + 1
end)
print(ok5, strip(e5))
