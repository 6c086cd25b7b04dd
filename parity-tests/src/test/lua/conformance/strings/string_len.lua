-- checks string.len and # on various strings
print(string.len(""))
print(string.len("a"))
print(string.len("hello world"))
print(string.len("\0\1\2"))
print(string.len("tab\there"))
print(#"unicode bytes: \195\169")
print(string.len(string.rep("x", 1000)))
local s = "abc"
print(s:len() == #s)
print(string.len("line\nbreak"))
