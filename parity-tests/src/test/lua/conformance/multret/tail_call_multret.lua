-- checks return f() passing through all results of a tail call
local function three() return 1, 2, 3 end
local function tail() return three() end
print(tail())
print(select("#", tail()))
local function tailNil() return (function() return nil, nil end)() end
print(select("#", tailNil()))
local function deep(n) if n == 0 then return "bottom", n end return deep(n - 1) end
print(deep(1000))
local function tailArgs(...) return select("#", ...), ... end
local function forward(...) return tailArgs(...) end
print(forward(nil, 2, nil))
local function tailNone() return (function() end)() end
print(select("#", tailNone()))
