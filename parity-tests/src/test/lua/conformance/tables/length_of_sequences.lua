-- checks # on proper sequences after appends and removals at the end
local t = {}
print(#t)
t[1] = "a"
print(#t)
t[2] = "b"; t[3] = "c"
print(#t)
t[#t + 1] = "d"
print(#t, t[4])
t[#t] = nil
print(#t)
t[#t] = nil
print(#t)
for i = 1, 100 do t[#t + 1] = i end
print(#t)
while #t > 0 do t[#t] = nil end
print(#t)
local s = {n = 5, 1, 2}
print(#s)
