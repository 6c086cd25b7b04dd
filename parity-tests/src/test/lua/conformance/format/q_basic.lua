-- checks %q quoting of plain text, double quotes, single quotes, backslashes and newlines
local f = string.format
print(f("%q", "hello"))
print(f("%q", ""))
print(f("%q", 'say "hi"'))
print(f("%q", "it's"))
print(f("%q", "back\\slash"))
print(f("%q", "line1\nline2"))
print(f("%q", "tab\there"))
print(f("%q", "[[long]]"))
print(f("%q|%q", "a", "b"))
print(#f("%q", "a\nb"))
