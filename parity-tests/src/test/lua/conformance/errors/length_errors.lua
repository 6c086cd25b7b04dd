-- checks messages for the length operator on invalid values
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  return #nil
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local x
  return #x
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local n = 5
  return #n
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local t = {}
  return #t.list
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  return #undefinedLenGlobal
end)
print(ok5, strip(e5))
