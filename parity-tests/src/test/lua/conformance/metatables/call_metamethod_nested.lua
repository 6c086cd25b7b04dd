-- checks __call chains: a callable table used as __call is not followed, but functions are
local inner = setmetatable({}, {__call = function(self, ...) return "inner", select("#", ...) end})
local ok, a, b = pcall(function()
  local outer = setmetatable({}, {__call = inner})
  return outer(1, 2)
end)
print(ok, (tostring(a):gsub("^[^:]*:", "")), b)
local fnMeta = setmetatable({}, {__call = function(self, x) return x * 2 end})
print(fnMeta(21))
local obj = {method = fnMeta}
print(obj.method(5))
print(pcall(fnMeta, 4))
local list = {}
for i = 1, 3 do list[i] = setmetatable({k = i}, {__call = function(s) return s.k * 10 end}) end
print(list[1](), list[2](), list[3]())
