-- checks __unm for unary minus on a table
local mt = {}
mt.__unm = function(a) return setmetatable({v = -a.v}, mt) end
local x = setmetatable({v = 5}, mt)
local y = -x
print(y.v)
print((-(-x)).v)
print(getmetatable(y) == mt)
local str = setmetatable({}, {__unm = function() return "negated" end})
print(-str)
local calls = {}
local w = setmetatable({}, {__unm = function(a, b) calls[1] = a; calls[2] = b; return 0 end})
print(-w, calls[1] == w, calls[2] == w)
local ok, err = pcall(function()
  local r = -{}
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
