-- checks the deprecated table.foreachi/table.foreach on arrays, including early exit by returning a value
local t = { "a", "b", "c", "d" }
table.foreachi(t, function(i, v) print("foreachi", i, v) end)
local r = table.foreachi(t, function(i, v) if v == "c" then return "stopped at " .. i end end)
print(r)
local sum = 0
table.foreach({ 10, 20, 30 }, function(k, v) sum = sum + k * v end)
print("sum", sum)
print(table.foreachi({}, print))
