-- checks messages for arithmetic on nil locals, fields, globals and upvalues
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local x
  return x + 1
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {}
  return t.n * 2
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  return undefinedNumber - 1
end)
print(ok3, strip(e3))
local up
local ok4, e4 = pcall(function()
  return 1 / up
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local x
  return -x
end)
print(ok5, strip(e5))
local ok6, e6 = pcall(function()
  local a, b = 1, nil
  return a % b
end)
print(ok6, strip(e6))
