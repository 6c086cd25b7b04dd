-- checks table.remove on an empty table returns no values, with and without positions
print(select("#", table.remove({})))
print(select("#", table.remove({}, 1)))
print(select("#", table.remove({}, 0)))
print(select("#", table.remove({}, 5)))
local t = {}
local v = table.remove(t)
print(v, #t)
local packed = { table.remove({}) }
print(#packed)
print((table.remove({})))
