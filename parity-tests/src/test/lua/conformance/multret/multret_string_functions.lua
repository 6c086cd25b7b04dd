-- checks library functions that return multiple values
print(string.byte("abc", 1, 3))
print(select("#", string.byte("abc", 1, 3)))
print(string.byte("abc", 1, 3), "x")
print(math.modf(3.75))
print(math.modf(-3.75))
local ip, fp = math.modf(5)
print(ip, fp)
print(({string.byte("hello", 1, -1)})[5])
local t = {string.byte("hello", 1, -1)}
print(#t, t[1], t[5])
print(string.char(string.byte("xyz", 1, 3)))
