-- checks messages for invalid order comparisons
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  return 1 < nil
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  return {} < {}
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  return 1 < "2"
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  return "a" <= 1
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  return nil > 1
end)
print(ok5, strip(e5))
local ok6, e6 = pcall(function()
  return true < false
end)
print(ok6, strip(e6))
print(pcall(function() return 1 == nil, {} == {}, "1" == 1 end))
