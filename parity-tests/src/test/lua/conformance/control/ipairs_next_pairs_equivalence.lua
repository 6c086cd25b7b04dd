-- checks that ipairs, pairs and next visit the same items of a sequence
local t = {5, 10, 15, 20}
local s1, s2, s3 = 0, 0, 0
for _, v in ipairs(t) do s1 = s1 + v end
for _, v in pairs(t) do s2 = s2 + v end
local k, v = next(t)
while k do s3 = s3 + v; k, v = next(t, k) end
print(s1, s2, s3)
local f, st, init = ipairs(t)
print(type(f), st == t, init)
local f2, st2, init2 = pairs(t)
print(f2 == next, st2 == t, init2)
print(f(t, 0))
print(f(t, 4))
print(f(t, 2))
