-- checks closures that only read their upvalues
local greeting = "hello"
local function greet(name) return greeting .. ", " .. name end
print(greet("a"))
print(greet("b"))
local pi = 3
local function area(r) return pi * r * r end
print(area(1), area(2))
local t = {v = 1}
local function readT() return t.v end
print(readT())
t.v = 2
print(readT())
greeting = "bye"
print(greet("c"))
