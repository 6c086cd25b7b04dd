-- checks strings containing zero bytes in length, comparison and concatenation
local s = "a\0b\0c"
print(#s)
print(string.byte(s, 1, -1))
print(s == "a\0b\0c", s == "a")
local t = s .. "\0"
print(#t)
print(string.byte("\0\0\0", 1, 3))
print(#string.rep("\0", 5))
print(string.len("x\000y"))
print("\0" < "\1", "a\0" > "a")
print(string.sub(s, 3, 3) == "b")
