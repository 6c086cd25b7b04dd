-- checks math.log with a base argument (LuaJIT 2.1 extension), including awkward bases
print(math.log(8, 2), math.log(1024, 2), math.log(2, 8))
print(math.log(100, 10), math.log(1000, 10), math.log(0.01, 10))
print(math.log(27, 3), math.log(81, 3))
print(math.log(1, 2), math.log(2, 2), math.log(0, 2), math.log(math.huge, 2))
print(math.log(8, 1), math.log(8, 0), math.log(-8, 2) ~= math.log(-8, 2))
print(math.log(8, 0.5), math.log(math.exp(2), math.exp(1)))
local bits = {}
for _, n in ipairs({ 1, 2, 4, 8, 16, 256, 65536 }) do bits[#bits + 1] = math.log(n, 2) end
print(table.concat(bits, " "))
print(math.log("8", "2"), math.floor(math.log(1000, 10) + 0.5))
