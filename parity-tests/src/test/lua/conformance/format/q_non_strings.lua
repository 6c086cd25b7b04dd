-- checks %q applied to numbers, booleans and nil
local f = string.format
print(f("%q", 42))
print(f("%q", 1.5))
print(f("%q", 1 / 3))
print(f("%q", 2^63))
print(f("%q", -0.0))
print(f("%q", math.huge), f("%q", -math.huge))
print(f("%q", true), f("%q", false))
print(f("%q", nil))
print(f("%5.2q", "x"))
