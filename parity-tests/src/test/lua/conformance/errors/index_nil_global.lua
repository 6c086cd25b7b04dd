-- checks the message for indexing an undefined global
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  return undefinedGlobal.y
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  undefinedGlobal.y = 5
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  return undefinedGlobal[1]
end)
print(ok3, strip(e3))
someBool = true
local ok4, e4 = pcall(function()
  return someBool.x
end)
print(ok4, strip(e4))
print(undefinedGlobal)
