-- checks # while an array part goes from dense to holed and back: the runtime remembers a dense
-- prefix's length, and must fall back to LuaJIT's binary search once a hole appears
local function show(label, t) print(label, #t) end

local t = {}
for i = 1, 10 do t[i] = i end
show("dense", t)
t[10] = nil
show("pop last", t)
t[5] = nil
show("hole in the middle", t)
t[5] = 5
show("hole refilled", t)
t[9] = nil; t[8] = nil
show("two pops", t)
t[3] = nil
show("hole again", t)
for i = 9, 20 do t[i] = i end
show("grown past a hole", t)
t[3] = 3
show("hole refilled after growth", t)

-- a hole, then the array part grows: a copy with a hole keeps the binary search
local h = {}
for i = 1, 4 do h[i] = i end
h[2] = nil
h[5] = 5
show("grow with hole", h)
h[2] = 2
show("refill after grow", h)
h[6] = 6; h[7] = 7; h[8] = 8; h[9] = 9
show("grow dense again", h)

-- constructors with nils in the positional part, all items variables (how LuaJIT sizes the template
-- of a constructor with constants and nils is a known difference of its own)
local none, one, two, three = nil, 1, 2, 3
show("{one, none, three}", {one, none, three})
show("{none, none, three}", {none, none, three})
show("{one, two, none}", {one, two, none})
show("{none}", {none})
local c = {one, none, three}
c[2] = 2
show("constructor hole refilled", c)
c[4] = 4
show("constructor grown", c)

-- setting nil past the end and at the border does not change anything
local p = {1, 2, 3}
p[4] = nil
p[10] = nil
show("nil past the end", p)
p[3] = nil; p[2] = nil; p[1] = nil
show("emptied from the back", p)
p[1] = "x"
show("refilled from empty", p)

-- table.insert / table.remove in the middle keep the sequence dense
local q = {}
for i = 1, 6 do table.insert(q, i) end
table.insert(q, 2, "two")
show("insert in the middle", q)
table.remove(q, 1)
show("remove first", q)
table.remove(q)
show("remove last", q)
print(table.concat(q, ","))

-- integer keys first stored in the hash part move into a growing array
local m = {}
m[3] = 3; m[2] = 2
show("hash keys only", m)
m[1] = 1
show("array part takes over", m)
m[4] = 4
show("appended", m)
