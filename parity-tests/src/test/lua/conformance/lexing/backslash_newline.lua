-- checks that a backslash followed by a real newline inserts a newline
local s = "first\
second"
print(s)
print(#s, string.byte(s, 6))
local t = 'a\
b\
c'
print(t)
print(#t)
local u = "x\\y"
print(u, #u)
local v = "p\
"
print(#v, string.byte(v, 2))
print(s == "first\nsecond")
