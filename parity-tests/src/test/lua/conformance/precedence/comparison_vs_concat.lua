-- checks that .. binds tighter than comparison operators
print("a" .. "b" == "ab")
print("1" .. "0" < "2")
print(1 .. 0 == "10")
print("b" > "a" .. "z")
print("ab" <= "a" .. "b")
print("abc" ~= "ab" .. "c")
print(1 + 1 .. "" == "2")
print("x" .. "y" >= "xy")
local a, b = "p", "q"
print(a .. b == "pq", a .. b ~= "qp")
