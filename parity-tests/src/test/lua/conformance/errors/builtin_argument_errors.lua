-- checks "bad argument" messages from library functions called in statements
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local r = string.rep()
  return r
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local r = ("x"):rep("many")
  return r
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local r = math.floor("a")
  return r
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local r = tostring()
  return r
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local r = table.concat(5)
  return r
end)
print(ok5, strip(e5))
local ok6, e6 = pcall(function()
  local r = string.char(256)
  return r
end)
print(ok6, strip(e6))
local ok7, e7 = pcall(function()
  local r = ipairs()
  return r
end)
print(ok7, strip(e7))
