-- checks that the reported line is where the error happened, not where pcall was called
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function a()
  local t = nil
  return t.x
end
local function b()
  local r = a()
  return r
end
local function c()
  local r = b()
  return r
end
print(pcall(function()
  local r = c()
  return r
end) == false)
local ok, e = pcall(c)
print(ok, strip(e))
local ok2, e2 = pcall(b)
print(ok2, strip(e2))
local function d()
  error("from d")
end
local ok3, e3 = pcall(function()
  local r = d()
  return r
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function() local r = nil + 1 return r end)
print(ok4, strip(e4))
