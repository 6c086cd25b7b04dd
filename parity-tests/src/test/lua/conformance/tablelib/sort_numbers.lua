-- checks table.sort on numbers: ascending default, negatives, floats, duplicates and already-sorted input
local function show(t) print(table.concat(t, " ")) end
local a = { 5, 3, 8, 1, 9, 2, 7 }
table.sort(a); show(a)
local b = { -1.5, 3, -10, 0, 2.25, -0.5, 100 }
table.sort(b); show(b)
local c = { 3, 1, 3, 2, 1, 2 }
table.sort(c); show(c)
local d = { 1, 2, 3, 4, 5 }
table.sort(d); show(d)
local e = { 5, 4, 3, 2, 1 }
table.sort(e); show(e)
local f = { 42 }
table.sort(f); show(f)
local g = {}
table.sort(g); print(#g)
local h = { math.huge, -math.huge, 0, 1e300, -1e300 }
table.sort(h); show(h)
