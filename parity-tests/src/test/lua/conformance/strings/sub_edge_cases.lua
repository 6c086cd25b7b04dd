-- checks string.sub with reversed ranges, huge and fractional indices, and numeric-string indices
local s = "abcdef"
local function show(...) print("[" .. s:sub(...) .. "]") end
show(4, 2)
show(-2, -4)
show(0, 0)
show(7, 10)
show(-10, -7)
show(2^40)
show(-2^40, 2^40)
show(math.huge)
show(-math.huge)
show(1.5)
show(2.9, 3.1)
show("2", "-2")
show(-0.0)
print(("x"):sub(1, 1), ("x"):sub(2), (""):sub(1), (""):sub(0, -1))
print(("abc"):sub(-1, 3), ("abc"):sub(3, -1), ("abc"):sub(-3, 1))
