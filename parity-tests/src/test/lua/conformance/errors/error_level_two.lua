-- checks error("msg", 2) blaming the caller's line
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function check(x)
  if type(x) ~= "number" then
    error("expected number", 2)
  end
  return x
end
local ok, err = pcall(function()
  local v = check("str")
  return v
end)
print(ok, strip(err))
local ok1, err1 = pcall(function()
  local v = check(5)
  return v
end)
print(ok1, err1)
local function level1(lvl)
  error("level " .. lvl, lvl)
end
local function caller(lvl)
  level1(lvl)
end
local ok2, err2 = pcall(function()
  caller(1)
end)
print(ok2, strip(err2))
local ok3, err3 = pcall(function()
  caller(2)
end)
print(ok3, strip(err3))
local ok4, err4 = pcall(function()
  caller(3)
end)
print(ok4, strip(err4))
