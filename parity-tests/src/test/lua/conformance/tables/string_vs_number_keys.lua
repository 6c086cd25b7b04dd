-- checks that string keys and number keys are distinct
local t = {}
t[1] = "number one"
t["1"] = "string one"
print(t[1], t["1"])
print(t[tonumber("1")], t[tostring(1)])
t["10"] = "s10"
print(t[10])
t[10] = "n10"
print(t[10], t["10"])
local c = 0
for k, v in pairs(t) do c = c + 1 end
print(c)
print(type(next({["x"] = 1})))
local u = {["2"] = "str", [2] = "num"}
print(u["2"], u[2])
