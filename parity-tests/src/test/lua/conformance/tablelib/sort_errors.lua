-- checks table.sort errors: invalid order function, uncomparable values, bad comparator, comparator errors
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local t = {}
for i = 1, 10 do t[i] = i end
local ok, e = pcall(function() table.sort(t, function(a, b) return true end) end)
print(ok, strip(e))
ok, e = pcall(function() table.sort({ {}, {}, {} }) end)
print(ok, strip(e))
ok, e = pcall(function() table.sort({ true, false, true }) end)
print(ok, strip(e))
ok, e = pcall(function() table.sort({ 3, 1, 2 }, 5) end)
print(ok, strip(e))
ok, e = pcall(function() table.sort({ 3, 1, 2 }, function() error("cmp failed", 0) end) end)
print(ok, strip(e))
ok, e = pcall(function() table.sort("abc") end)
print(ok, strip(e))
ok, e = pcall(function() table.sort() end)
print(ok, strip(e))
