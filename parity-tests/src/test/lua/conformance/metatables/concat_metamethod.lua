-- checks __concat with the table on the left and on the right
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and "<" .. x.name .. ">" or tostring(x) end
  return s(a) .. "+" .. s(b)
end}
local t = setmetatable({name = "T"}, mt)
print(t .. "str")
print("str" .. t)
print(t .. 1)
print(1 .. t)
print(t .. t)
print("a" .. "b" .. t)
print(t .. "a" .. "b")
local ok, err = pcall(function()
  local r = {} .. "x"
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
