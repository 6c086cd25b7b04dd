-- checks mixing arithmetic and concatenation with coerced operands
print("1" + "2" .. "3")
print("1" .. "2" + "3")
print(("1" .. "2") + "3")
print(10 .. 20 + 1)
print("v" .. 1 + 1 .. "!")
local a, b = "4", 5
print(a + b, a .. b)
print(a * 2 .. b)
print(#(a .. b), #tostring(a + b))
print(type(a .. b), type(a + b))
