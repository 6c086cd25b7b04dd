-- checks that integer keys stored before the array part grows stay visible and are visited once by pairs
local t = {}
t[4] = "four"
t[3] = "three"
t[7] = "seven"
t[1] = "one"
t[2] = "two"
print(t[1], t[2], t[3], t[4], t[5], t[7], #t)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
local seen = {}
for i = 1, 50 do seen[(i * 7) % 13 + 1] = true end
local n = 0
for _ in pairs(seen) do n = n + 1 end
print(n)
for i = 5, 6 do t[i] = i end
print(#t, t[7])
