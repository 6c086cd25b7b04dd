-- checks multiple assignment into table fields and globals from calls
local function pair() return "L", "R" end
local t = {}
t.a, t.b = pair()
print(t.a, t.b)
t[1], t[2], t[3] = pair()
print(t[1], t[2], t[3])
g1, g2 = pair()
print(g1, g2)
t.x, g3 = 0, pair()
print(t.x, g3)
local u = {}
u[pair()] = "indexed by first"
print(u.L, u.R)
