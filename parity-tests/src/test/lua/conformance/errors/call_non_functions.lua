-- checks messages for calling numbers, strings, tables and booleans
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local n = 5
  n()
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local s = "str"
  s()
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  local t = {}
  t()
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  local t = {f = true}
  t.f()
end)
print(ok4, strip(e4))
local ok5, e5 = pcall(function()
  local t = {m = 1}
  t:m()
end)
print(ok5, strip(e5))
print(pcall(nil))
print(pcall(42))
