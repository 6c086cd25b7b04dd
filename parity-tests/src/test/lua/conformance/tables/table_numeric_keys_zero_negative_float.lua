-- checks numeric keys: zero, negatives, floats and large integers
local t = {}
t[0] = "zero"
t[-1] = "minus one"
t[0.5] = "half"
t[1e300] = "huge"
t[-2^53] = "neg big"
print(t[0], t[-1], t[0.5], t[1e300], t[-2^53])
print(#t)
t[1] = "one"
print(#t)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, t[k]) end
