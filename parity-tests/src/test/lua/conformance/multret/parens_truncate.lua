-- checks that wrapping a call in parentheses truncates to exactly one value
local function two() return "first", "second" end
local function none() end
print((two()))
print(select("#", (two())))
print(select("#", (none())))
print((none()))
local a, b = (two())
print(a, b)
local t = {(two())}
print(#t)
print((two()) .. "!")
local function ret() return (two()) end
print(ret())
