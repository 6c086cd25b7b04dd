-- checks %d/%x/%o of out-of-range doubles (2^63, 2^64, huge, NaN) as LuaJIT converts them on x86-64
local f = string.format
print(f("%d", 2^63), f("%d", -2^63))
print(f("%d", 2^64), f("%d", 1e20), f("%d", -1e20))
print(f("%x", 2^63), f("%x", -2^63), f("%x", 2^64))
print(f("%d", math.huge), f("%d", -math.huge), f("%d", 0 / 0))
print(f("%x", 2^63 + 2^11), f("%o", 2^63))
print(f("%u", 2^63), f("%u", -2^63))
print(f("%d", 2^63 - 1024), f("%x", 2^63 - 1024))
