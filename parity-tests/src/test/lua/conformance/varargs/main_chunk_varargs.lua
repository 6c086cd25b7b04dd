-- checks ... in the main chunk when the script is run without arguments
print(select("#", ...))
local a, b = ...
print(a, b)
local t = {...}
print(#t)
print(... == nil)
local function count(...) return select("#", ...) end
print(count(...))
print(count(..., "x"))
print((...))
print(select("#", (...)))
