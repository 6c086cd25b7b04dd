-- checks that == and ~= never coerce between strings and numbers
print(10 == "10")
print("10" == 10)
print(10 ~= "10")
print(0 == "")
print(1 == true)
print(nil == false)
print("1" + 0 == 1)
print(tostring(10) == "10")
local t = {[10] = "num"}
print(t["10"], t[10])
print(10 .. "" == "10")
