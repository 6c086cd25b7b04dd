-- checks math.floor/ceil on infinities, NaN, negative zero, 2^53 and beyond and string arguments
print(math.floor(math.huge), math.ceil(math.huge))
print(math.floor(-math.huge), math.ceil(-math.huge))
local nan = 0 / 0
print(math.floor(nan) ~= math.floor(nan), math.ceil(nan) ~= math.ceil(nan))
print(math.floor(-0.0), math.ceil(-0.0), math.ceil(-0.5), math.ceil(-0.9))
print(math.floor(2^53), math.floor(2^53 + 2), math.ceil(2^52 + 0.5))
print(math.floor(-2^63), math.ceil(2^63), math.floor(1e300))
print(math.floor("3.7"), math.ceil("-3.7"), math.floor(" 0x10 "))
local ok, e = pcall(function() local r = math.floor("x") return r end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
ok, e = pcall(function() local r = math.ceil({}) return r end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
