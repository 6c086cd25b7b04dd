-- checks number-to-string conversion during concatenation of floats, integers and special values
print(1 .. "", 1.0 .. "", 1.5 .. "", -1.5 .. "")
print(0.1 .. "|" .. 0.2 .. "|" .. 0.1 + 0.2)
print(1 / 3 .. "", 2 / 3 .. "", 10 / 4 .. "")
print(1e15 .. "", 1e16 .. "", 123456789012 .. "", 2^53 .. "")
print(1e-4 .. "", 1e-5 .. "", 5e-324 .. "")
print(math.huge .. "", -math.huge .. "", -0.0 .. "")
print(3 .. 4, 3.0 .. 4.5, -2 .. -3)
print("value: " .. 7 * 1.1, "sum: " .. 0.5 + 0.25)
local parts = {}
for i = 1, 5 do parts[#parts + 1] = i / 4 end
print(table.concat(parts, " "))
print(("x"):rep(2) .. 1e2 .. 2^10)
local n = 100
print("n=" .. n / 3, "floor=" .. math.floor(n / 3))
