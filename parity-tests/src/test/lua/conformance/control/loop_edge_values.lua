-- checks numeric for loops near float edges and with large values
local n = 0
for i = 1, 3, 0.5 do n = n + 1 end
print(n)
n = 0
for i = 0.1, 0.5, 0.1 do n = n + 1 end
print(n)
n = 0
for i = 2^52 - 2, 2^52 do n = n + 1 end
print(n)
local last
for i = -5, 5, 2.5 do last = i end
print(last)
n = 0
for i = 1, math.huge do n = n + 1; if n == 10 then break end end
print(n)
n = 0
for i = 1, -math.huge do n = n + 1 end
print(n)
n = 0
for i = 1, 2, math.huge do n = n + 1 end
print(n)
n = 0
for i = 0.5, 2 do n = n + i end
print(n)
