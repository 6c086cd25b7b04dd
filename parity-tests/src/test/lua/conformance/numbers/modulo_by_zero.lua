-- checks % by zero and with infinite or nan operands
print(1 % 0)
print(-1 % 0)
print(0 % 0)
print(math.huge % 2)
print(5 % -math.huge)
local nan = 0 / 0
print(nan % 1 ~= nan % 1)
print(5 % 0 ~= 5 % 0)
print(tostring(1 % 0) == tostring(0 / 0))
