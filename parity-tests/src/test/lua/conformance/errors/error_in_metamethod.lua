-- checks errors raised inside metamethods propagate to pcall
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local mt = {
  __index = function(t, k)
    error("no field " .. k)
  end,
  __add = function(a, b)
    error("cannot add", 0)
  end,
  __call = function(self, x)
    error({reason = "call failed " .. x})
  end,
}
local obj = setmetatable({}, mt)
local ok, e = pcall(function()
  return obj.missing
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  return obj + 1
end)
print(ok2, e2)
local ok3, e3 = pcall(function()
  return obj(7)
end)
print(ok3, e3.reason)
local ts = setmetatable({}, {__tostring = function() error("tostring failed", 0) end})
local ok4, e4 = pcall(tostring, ts)
print(ok4, e4)
local ok5, e5 = pcall(function()
  local lt = setmetatable({}, {__lt = function() error("lt failed", 0) end})
  return lt < lt
end)
print(ok5, e5)
