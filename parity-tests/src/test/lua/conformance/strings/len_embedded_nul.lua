-- checks # and string.len on strings with embedded \0 bytes, escapes and long strings
local s = "a\0b\0\0c"
print(#s, s:len(), string.len(s))
print(#"\0", #"\0\0\0", #"", #"\000")
print(#"\65\066\0067", "\65\066\0067")
print(#"tab\tnew\nline", #"\\", #"\"")
print(#[[a\0b]], #[==[x]]y]==])
local built = "x" .. "\0" .. "y"
print(#built, built == "x\0y", built < "x\0z")
print(s:sub(2, 2) == "\0", s:find("\0", 1, true))
print(#string.format("%s", s), #tostring(s), #(s .. s))
print(#("\0"):rep(10))
