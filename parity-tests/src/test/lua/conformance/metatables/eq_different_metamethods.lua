-- checks == between tables whose __eq functions differ
local eqA = function() return true end
local eqB = function() return true end
local a = setmetatable({}, {__eq = eqA})
local b = setmetatable({}, {__eq = eqB})
print(a == b)
local shared = function() return true end
local c = setmetatable({}, {__eq = shared})
local d = setmetatable({}, {__eq = shared})
print(c == d, c ~= d)
local onlyOne = setmetatable({}, {__eq = shared})
print(onlyOne == {})
local neverEq = setmetatable({}, {__eq = function() return false end})
print(neverEq == neverEq)
local truthy = {__eq = function() return 1 end}
local e, f = setmetatable({}, truthy), setmetatable({}, truthy)
print(e == f)
