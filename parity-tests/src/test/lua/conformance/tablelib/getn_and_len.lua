-- checks table.getn (still present in LuaJIT) agrees with # on proper sequences
local t = { "x", "y", "z" }
print(table.getn(t), #t)
t[#t + 1] = "w"
print(table.getn(t), #t)
print(table.getn({}), #{})
local built = {}
for i = 1, 100 do built[i] = i end
print(table.getn(built), #built)
for i = 100, 51, -1 do built[i] = nil end
print(table.getn(built), #built)
print(table.setn)
local ok, e = pcall(function() local r = table.getn("abc") return r end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
