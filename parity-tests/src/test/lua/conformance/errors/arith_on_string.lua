-- checks messages for arithmetic on non-numeric strings
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  return "abc" + 1
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local s = "abc"
  return s * 2
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local t = {s = "x"}
  return t.s - 1
end)
print(ok3, strip(e3))
local ok4, v4 = pcall(function()
  return "12" + 1
end)
print(ok4, v4)
local ok5, e5 = pcall(function()
  local s = "1 2"
  return -s
end)
print(ok5, strip(e5))
