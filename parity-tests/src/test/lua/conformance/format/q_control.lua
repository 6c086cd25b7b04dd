-- checks %q escaping of \0, \r, other control characters, DEL, digits after escapes and high bytes
local f = string.format
print(f("%q", "a\0b"))
print(f("%q", "a\0001"))
print(f("%q", "cr\rlf\n"))
print(f("%q", "\1\2\31"))
print(f("%q", "\0019"))
print(f("%q", "\127"))
print(f("%q", "\27[0m"))
print(f("%q", "\200\255"):byte(1, -1))
print(f("%q", "\t1"))
print(f("%q", "\r9"))
