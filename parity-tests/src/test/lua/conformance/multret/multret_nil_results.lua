-- checks functions returning nils explicitly vs returning nothing
local function nothing() end
local function oneNil() return nil end
local function threeNils() return nil, nil, nil end
print(select("#", nothing()))
print(select("#", oneNil()))
print(select("#", threeNils()))
print(nothing())
print(threeNils())
local t = {threeNils()}
print(#t)
local a, b = nothing()
print(a, b)
print(nothing(), "after")
print(select("#", nothing(), nothing()))
