-- checks LuaJIT naming builtins '?' without a position when the failing builtin is tail-called
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, e = pcall(function()
  return math.floor("a")
end)
print(ok, e)
local ok2, e2 = pcall(function()
  local r = math.floor("a")
  return r
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(string.rep)
print(ok3, e3)
local ok4, e4 = pcall(setmetatable, 1, {})
print(ok4, e4)
local ok5, e5 = pcall(function()
  return select(0, "a")
end)
print(ok5, e5)
