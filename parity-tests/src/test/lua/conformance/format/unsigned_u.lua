-- checks %u (accepted by LuaJIT) on positives, fractions and negatives
local f = string.format
print(f("%u", 0), f("%u", 42), f("%u", 3.9))
print(f("%u", 4294967295), f("%u", 4294967296))
print(f("%u", -1))
print(f("%u", -2))
print(f("[%8u]", 123), f("[%-8u]", 123), f("[%08u]", 123))
print(f("%u", 2^53))
