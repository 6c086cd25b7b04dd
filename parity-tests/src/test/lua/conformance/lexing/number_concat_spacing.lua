-- checks lexing of numbers next to the .. operator
print(1 .. 2)
print(1 ..2)
print(1.5 .. "x")
print("x" .. 1)
local a, b = 3, 4
print(a..b)
print(a.. "-" ..b)
print(10 .. "" == "10")
print(0x10 .. "")
print(1e3 .. "")
print(2^53 .. "")
print(-1 .. "")
