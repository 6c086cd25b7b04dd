-- checks math.max/min argument errors
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local ok, e = pcall(function() local r = math.max() return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.min() return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.max(1, "a") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.min(1, 2, nil) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.max({}, 1) return r end)
print(ok, strip(e))
