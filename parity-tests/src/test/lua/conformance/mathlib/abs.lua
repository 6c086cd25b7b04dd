-- checks math.abs on integers, floats, negative zero, infinities and strings
print(math.abs(5), math.abs(-5), math.abs(0))
print(math.abs(-2.5), math.abs(2.5), math.abs(-1e-300))
print(math.abs(-0.0), 1 / math.abs(-0.0))
print(math.abs(-math.huge), math.abs(math.huge))
print(math.abs(-2^63), math.abs(-2^53 - 2))
print(math.abs("-7"), math.abs(" -1.5 "))
local nan = 0 / 0
print(math.abs(nan) ~= math.abs(nan))
local ok, e = pcall(function() local r = math.abs({}) return r end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
