-- checks numeric for loops with positive, negative and float steps
local out = {}
for i = 1, 2, 0.25 do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i = 10, 1, -3 do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i = 1, 0 do out[#out + 1] = i end
print(#out)
out = {}
for i = 0, 1, 0.1 do out[#out + 1] = i end
print(#out, out[#out])
out = {}
for i = -1, -3, -1 do out[#out + 1] = i end
print(table.concat(out, " "))
for i = 5, 5 do print("single", i) end
out = {}
for i = 1, 3.5 do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i = 3, 1 do out[#out + 1] = i end
print(#out)
