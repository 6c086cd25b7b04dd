-- checks messages for concatenating nil, tables and booleans
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local x
  return "a" .. x
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {}
  return t .. "b"
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local b = true
  return "c" .. b
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  return "d" .. undefinedConcatGlobal
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local t = {}
  return "e" .. t.field
end)
print(ok5, strip(e5))
local ok6, e6 = pcall(function()
  return "f" .. {} .. "g"
end)
print(ok6, strip(e6))
