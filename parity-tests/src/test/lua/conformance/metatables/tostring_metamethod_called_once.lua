-- checks that tostring and print call __tostring exactly once per conversion
local calls = 0
local obj = setmetatable({}, { __tostring = function() calls = calls + 1 return "obj#" .. calls end })
print(tostring(obj), calls)
print(obj, calls)
local s = string.format("%s", obj)
print(s, calls)
local num = setmetatable({}, { __tostring = function() calls = calls + 1 return 42 end })
local r = tostring(num)
print(r, type(r), calls)
