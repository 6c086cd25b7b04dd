-- checks table.insert errors: wrong argument counts, non-table and non-number positions
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local t = { 1, 2, 3 }
local ok, e = pcall(function() table.insert(t) end)
print(ok, strip(e))
ok, e = pcall(function() table.insert(t, 1, 2, 3) end)
print(ok, strip(e))
ok, e = pcall(function() table.insert(nil, 1) end)
print(ok, strip(e))
ok, e = pcall(function() table.insert("abc", 1) end)
print(ok, strip(e))
ok, e = pcall(function() table.insert(t, "x", 1) end)
print(ok, strip(e))
ok, e = pcall(function() table.insert(t, {}, 1) end)
print(ok, strip(e))
print(#t, table.concat(t, ","))
