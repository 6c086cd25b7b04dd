-- checks that table keys are not coerced between strings and numbers
local t = {}
t["1"] = "string"
t[1] = "number"
print(t["1"], t[1])
print(t["1" + 0], t[1 .. ""])
t["01"] = "leading zero"
print(t["01"], t[1])
t[2.0] = "float two"
print(t[2], t["2"])
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
print(rawget(t, "1"), rawget(t, 1))
