-- checks table.maxn on arrays, tables with holes, float keys, negative keys and non-numeric keys
print(table.maxn({}))
print(table.maxn({ 1, 2, 3 }))
print(table.maxn({ 1, 2, nil, 4 }))
print(table.maxn({ [10] = "x" }))
print(table.maxn({ [2.5] = "x", [1] = "y" }))
print(table.maxn({ [-5] = "x" }))
print(table.maxn({ a = 1, b = 2 }))
print(table.maxn({ [1e10] = true, [3] = true }))
local t = { 1, 2, 3 }
t[100] = 100
t[3] = nil
print(table.maxn(t))
print(table.maxn({ [math.huge] = 1 }))
local ok, e = pcall(function() local r = table.maxn("x") return r end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
