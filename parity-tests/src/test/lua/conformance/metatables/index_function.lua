-- checks __index as a function receiving the table and the key
local calls = 0
local t = setmetatable({real = "value"}, {
  __index = function(tbl, key)
    calls = calls + 1
    return "computed:" .. tostring(key)
  end
})
print(t.real, calls)
print(t.foo, calls)
print(t[1], t[true], calls)
local self_check = setmetatable({}, {__index = function(tbl, k) return tbl end})
print(self_check.anything == self_check)
local nilret = setmetatable({}, {__index = function() end})
print(nilret.x)
local multi = setmetatable({}, {__index = function() return 1, 2 end})
print(multi.x)
