-- checks numbers converted to strings by the .. operator
print(1 .. 2)
print(1.5 .. "")
print(-0.25 .. "|")
print("n=" .. 42)
print(1e100 .. "")
print(2^63 .. "")
print(0.1 + 0.2 .. "")
print(10 / 2 .. "")
print(3 .. "" == "3")
print(#(1 / 3 .. ""))
local n = 7
print("[" .. n .. "]", "[" .. n * 1.5 .. "]")
