-- checks building error messages from various values
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function fail(v)
  error("got " .. tostring(v))
end
local ok, e = pcall(fail, nil)
print(ok, strip(e))
ok, e = pcall(fail, 1.5)
print(ok, strip(e))
ok, e = pcall(fail, true)
print(ok, strip(e))
ok, e = pcall(fail, "str")
print(ok, strip(e))
ok, e = pcall(fail, 1e100)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  error(string.format("%s=%d", "count", 3))
end)
print(ok2, strip(e2))
