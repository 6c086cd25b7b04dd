-- checks string equality and ordering with basic functions
local a = "hello"
local b = "hel" .. "lo"
print(a == b)
print(a ~= "Hello")
print(string.upper(a) == "HELLO")
print(string.lower("ABC") < "abd")
print(string.sub(a, 1, 3) == "hel")
print(string.rep("a", 3) == "aaa")
print(string.char(97) == "a")
print("a" < "aa", "aa" < "b")
print(#a == string.len(b))
