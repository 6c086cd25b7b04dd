-- checks that numbers and strings are never equal without conversion
print(1 == "1")
print("1" == 1)
print(0 == "0", "" == 0)
print(1 ~= "1")
print(tostring(1) == "1")
print(tonumber("1") == 1)
print(10 == "10" + 0)
local t = {}
t[1] = "number key"
t["1"] = "string key"
print(t[1], t["1"])
print(rawequal(1, "1"))
