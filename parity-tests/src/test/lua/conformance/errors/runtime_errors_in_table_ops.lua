-- checks errors from table operations: nil and NaN keys, indexing non-tables
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  local t = {}
  t[nil] = 1
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  local t = {}
  t[0 / 0] = 1
end)
print(ok2, strip(e2))
local ok3, v3 = pcall(function()
  local t = {}
  return t[nil]
end)
print(ok3, v3)
local ok4, e4 = pcall(function()
  local s = "abc"
  s.x = 1
end)
print(ok4, strip(e4))
local ok5, v5 = pcall(function()
  local t = {}
  return t[0 / 0]
end)
print(ok5, v5)
