-- checks that ^ binds tighter than unary minus: -2^2 is -4
print(-2^2)
print((-2)^2)
print(-2^-2)
print(2^-1)
print(-3^3)
local x = 3
print(-x^2)
print((-x)^2)
print(- - 2)
print(-(-2)^2)
print(2^-2^2)
