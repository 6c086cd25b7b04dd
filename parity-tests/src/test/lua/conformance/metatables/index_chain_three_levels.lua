-- checks a chain of __index tables three levels deep
local base = {a = "base a", b = "base b", c = "base c"}
local mid = setmetatable({b = "mid b"}, {__index = base})
local top = setmetatable({c = "top c"}, {__index = mid})
local obj = setmetatable({}, {__index = top})
print(obj.a, obj.b, obj.c)
print(obj.d)
base.d = "added to base"
print(obj.d)
mid.a = "mid a"
print(obj.a)
print(rawget(obj, "a"), rawget(top, "a"))
local fnBase = setmetatable({}, {__index = function(_, k) return "fn:" .. k end})
local chained = setmetatable({}, {__index = setmetatable({}, {__index = fnBase})})
print(chained.zzz)
