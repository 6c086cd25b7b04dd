-- checks os.clock returns a non-negative, non-decreasing number (value itself is not printed)
local c1 = os.clock()
print(type(c1))
print(c1 >= 0)
local x = 0
for i = 1, 100000 do x = x + i % 7 end
local c2 = os.clock()
print(type(c2), c2 >= c1)
print(x)
print(math.type == nil or math.type(c1) ~= nil)
print(type(os.difftime(c2, c1)))
print(os.difftime(c2, c1) >= 0)
print(type(os.time()), os.time() > 1577836800)
