-- checks unary minus applied to literals and variables inside larger expressions
print(2 - -2)
print(2 * -3)
print(-2 * -3)
print(10 / -4)
print(-10 % 3)
print(3 - - - 1)
local x = -5
print(-x, - -x, -x * 2)
print(1 - -x ^ 2)
print(-x .. "")
print(-(x + 1))
