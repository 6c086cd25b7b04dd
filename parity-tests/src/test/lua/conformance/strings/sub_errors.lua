-- checks errors from string.sub with missing or non-numeric indices
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local ok, e = pcall(function() local r = ("abc"):sub() return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = ("abc"):sub("x") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = ("abc"):sub(1, {}) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = string.sub(nil, 1) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = string.sub(12345, 2, 3) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = ("abc"):sub(1, nil) return r end)
print(ok, strip(e))
