-- checks %o with widths, # and negative numbers
local f = string.format
print(f("%o", 8), f("%o", 0), f("%o", 511), f("%o", 64))
print(f("%#o", 8), f("%#o", 0))
print(f("[%6o]", 8), f("[%-6o]", 8), f("[%06o]", 8))
print(f("%o", -1))
print(f("%o", 2^40))
print(f("%o", 9.9))
