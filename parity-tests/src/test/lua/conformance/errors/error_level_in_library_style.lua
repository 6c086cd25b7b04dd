-- checks library-style argument validation using error level 2 and 3
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function validate(v, lvl)
  if type(v) ~= "string" then
    error("string expected, got " .. type(v), lvl)
  end
end
local function api(v)
  validate(v, 3)
  return "ok:" .. v
end
print(api("x"))
local ok, e = pcall(function()
  local r = api(42)
  return r
end)
print(ok, strip(e))
local function api2(v)
  validate(v, 2)
  return v
end
local ok2, e2 = pcall(function()
  local r = api2(nil)
  return r
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  validate({}, 1)
end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function()
  validate(true, 0)
end)
print(ok4, e4)
