-- checks ways of testing whether a number is integral, and integer arithmetic limits in doubles
local function isInt(x) return x == math.floor(x) end
local function isInt2(x) return x % 1 == 0 end
local function isInt3(x) local _, f = math.modf(x) return f == 0 end
local values = { 0, 1, -1, 1.5, -1.5, 2^53, 2^53 + 0.5, 1e300, 0.1 * 3, 3e-1 * 10, -0.0 }
for _, v in ipairs(values) do print(v, isInt(v), isInt2(v), isInt3(v)) end
print(2^53 + 1 == 2^53, 2^53 - 1 == 2^53, 2^52 + 0.5 == 2^52)
print(math.floor(2^31 + 0.5), math.floor(-2^31 - 0.5), math.floor(2^32 * 3 + 0.25))
