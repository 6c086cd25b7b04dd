-- checks tonumber with explicit bases 2..36, case-insensitive digits and invalid digits
print(tonumber("10", 2), tonumber("11111111", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("zz", 36), tonumber("Z", 36), tonumber("10", 36), tonumber("1y", 35))
print(tonumber("2", 2), tonumber("9", 8), tonumber("g", 16), tonumber("", 16))
print(tonumber(" 11 ", 2), tonumber("1 1", 2), tonumber("-ff", 16), tonumber("+ff", 16))
print(tonumber("7fffffff", 16), tonumber("ffffffff", 16), tonumber("100000000", 16))
print(tonumber("0x10", 16), tonumber("10", 10), tonumber(10, 16), tonumber("1e1", 16))
print(tonumber("1.5", 10), tonumber("1.5", 16))
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local ok, e = pcall(function() local r = tonumber("10", 1) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = tonumber("10", 37) return r end)
print(ok, strip(e))
local digits = {}
for b = 2, 36, 2 do digits[#digits + 1] = tonumber("11", b) end
print(table.concat(digits, " "))
