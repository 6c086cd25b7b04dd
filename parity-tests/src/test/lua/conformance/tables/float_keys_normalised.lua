-- checks that integer-valued float keys are the same as integer keys
local t = {}
t[1.0] = "one"
print(t[1])
t[2] = "two"
print(t[2.0])
t[2^53] = "big"
print(t[2^53])
t[1.5] = "half"
print(t[1.5], t[1], t[2])
print(#t)
local u = {10, 20, 30}
print(u[3.0], u[6 / 2])
t[-0.0] = "zero"
print(t[0], t[-0])
t[0] = "replaced"
print(t[-0.0])
