-- checks a, b, c = f() with f returning fewer, equal or more values
local function one() return 1 end
local function three() return 1, 2, 3 end
local function five() return 1, 2, 3, 4, 5 end
local a, b, c = one()
print(a, b, c)
a, b, c = three()
print(a, b, c)
a, b, c = five()
print(a, b, c)
a, b, c = three(), 10
print(a, b, c)
a, b, c = 0, three()
print(a, b, c)
a, b, c = one(), one()
print(a, b, c)
