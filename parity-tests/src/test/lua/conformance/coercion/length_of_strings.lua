-- checks # and string.len on literals, numbers converted to strings and escapes
print(#"abc")
print(#("abc"))
print(#"")
print(#"\n\t")
print(string.len("hello"))
print(#tostring(12.5))
print(#(10 .. ""))
local s = "abc"
print(#s, s:len())
print(#(s .. s))
print(#string.rep("ab", 10))
print(#"\0\0")
