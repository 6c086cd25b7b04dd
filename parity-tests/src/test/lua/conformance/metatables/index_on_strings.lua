-- checks that strings share a metatable whose __index is the string library
local s = "hello"
print(s:upper(), s:len())
print(("x"):rep(3))
print(s.len == string.len)
local mt = getmetatable("")
print(type(mt), mt.__index == string)
print(("%d items"):format(5))
print(#s, s:sub(2, 3), s:byte(1))
local ok, err = pcall(function()
  local r = s:nosuchmethod()
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(s.nosuch)
