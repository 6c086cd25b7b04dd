-- checks that each evaluation of a function expression yields a distinct function
local function make() return function() end end
local f1, f2 = make(), make()
print(f1 == f2, f1 == f1)
local fs = {}
for i = 1, 3 do fs[i] = function() return 1 end end
print(fs[1] == fs[2], fs[2] == fs[3])
local t = {}
t[f1] = "one"
t[f2] = "two"
print(t[f1], t[f2])
print(type(f1), type(make))
local same = f1
print(rawequal(same, f1))
