-- checks that nan is unequal to itself and all comparisons with it are false
local nan = 0 / 0
print(nan == nan)
print(nan ~= nan)
print(nan < 1, nan > 1, nan <= nan, nan >= nan)
print(1 < nan, 1 >= nan)
local t = {nan}
print(t[1] == t[1])
print(type(nan))
print(math.max(nan, 1) == 1 or math.max(nan, 1) ~= math.max(nan, 1))
print(nan + 1 ~= nan + 1)
local ok = pcall(function() local x = {}; x[nan] = 1 end)
print(ok)
print(rawequal(nan, nan))
