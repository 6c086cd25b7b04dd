-- checks math.log10 on powers of ten, fractions and edge cases, and digit counting with it
print(math.log10(1), math.log10(10), math.log10(1000), math.log10(1e100))
print(math.log10(0.1), math.log10(0.001), math.log10(2), math.log10(5))
print(math.log10(0), math.log10(math.huge), math.log10(-1) ~= math.log10(-1))
local function digits(n) return math.floor(math.log10(n)) + 1 end
print(digits(1), digits(9), digits(10), digits(99), digits(12345), digits(999999))
print(math.log10(2) + math.log10(5))
local mags = {}
for _, v in ipairs({ 0.5, 3, 42, 999, 1e6, 123456789 }) do mags[#mags + 1] = math.floor(math.log10(v)) end
print(table.concat(mags, " "))
print(math.log10("1000"), 10 ^ math.log10(100))
