-- checks booleans, tables and functions used as table keys
local t = {}
t[true] = "yes"
t[false] = "no"
print(t[true], t[false])
local k1, k2 = {}, {}
t[k1] = "first table"
t[k2] = "second table"
print(t[k1], t[k2], t[{}])
local f = function() end
t[f] = "function key"
print(t[f])
t[print] = "builtin key"
print(t[print])
local ok, err = pcall(function()
  local x = {}
  x[nil] = 1
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(t[nil])
