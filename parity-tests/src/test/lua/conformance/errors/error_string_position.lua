-- checks that error("msg") prefixes the message with the chunk name and line
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, err = pcall(function()
  error("msg")
end)
print(ok, strip(err))
local function thrower(x)
  error("bad value " .. tostring(x))
end
local ok2, err2 = pcall(thrower, 7)
print(ok2, strip(err2))
local ok3, err3 = pcall(function()
  local t = {}
  error("in function with locals " .. #t)
end)
print(ok3, strip(err3))
local ok4, err4 = pcall(error, "direct")
print(ok4, err4)
print(type(err))
