-- checks that ^ is right associative: 2^3^2 is 512
print(2^3^2)
print((2^3)^2)
print(2^(3^2))
print(2^2^0)
print(3^1^2)
print(4^0.5^2)
print((4^0.5)^2)
local a, b, c = 2, 2, 3
print(a^b^c, (a^b)^c)
print(2^2^2^2)
