-- checks the - (left-justify) and 0 (zero-pad) flags, and - overriding 0
local f = string.format
print(f("[%-6d]", 42), f("[%06d]", 42), f("[%-06d]", 42), f("[%0-6d]", 42))
print(f("[%-8.2f]", 3.14159), f("[%08.2f]", 3.14159), f("[%08.2f]", -3.14159))
print(f("[%-10s]", "hi"), f("[%10s]", "hi"))
print(f("[%010.3e]", 1234.56), f("[%-10.1e]", 1234.56))
print(f("[%05x]", 255), f("[%-5X]", 255))
print(f("[%03d]", 1234), f("[%-3d]", 1234))
print(f("[%02d:%02d:%02d]", 7, 5, 0))
print(f("[%-5s|%5s]", "ab", "cd"))
print(f("[%-3c]", 65), f("[%3c]", 65))
print(f("[%-0+8.2f]", 2.5))
