-- checks %c with printable codes, control codes, \0 and byte wrap-around
local f = string.format
print(f("%c%c%c", 76, 117, 97))
print(f("[%c]", 32))
print(f("%c", 0):byte(), #f("%c", 0))
print(f("%c", 10) == "\n", f("%c", 255) == "\255")
print(f("%c", 65.7))
print(f("%c", "66"))
print(f("%c", 256):byte(), f("%c", 321):byte(), f("%c", -1):byte())
print(#f("%c%c%c", 0, 0, 0))
print(f("%3c|%-3c|", 120, 121))
local codes = {}
for i = 97, 102 do codes[#codes + 1] = f("%c", i) end
print(table.concat(codes))
