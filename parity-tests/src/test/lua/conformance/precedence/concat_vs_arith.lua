-- checks that + and - bind tighter than ..
print("a" .. 1 + 2)
print(1 + 2 .. "b")
print(1 .. 2 + 3)
print(2 * 3 .. 4 - 1)
print("x" .. -1)
print("n=" .. 10 / 4)
print(2 ^ 2 .. "")
print(10 % 3 .. 10 % 4)
print(1 .. 2 * 3 .. 4)
local n = 5
print("v" .. n - 1 .. "w" .. n + 1)
