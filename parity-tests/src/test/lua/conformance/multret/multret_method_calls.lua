-- checks methods returning multiple values and their truncation
local Pt = {}
Pt.__index = Pt
function Pt.new(x, y) return setmetatable({x = x, y = y}, Pt) end
function Pt:coords() return self.x, self.y end
local p = Pt.new(3, 4)
print(p:coords())
print(p:coords(), "z")
local q = Pt.new(p:coords())
print(q.x, q.y)
local r = Pt.new((p:coords()))
print(r.x, r.y)
local t = {p:coords()}
print(#t)
local function dist(x, y) return math.sqrt(x * x + y * y) end
print(dist(p:coords()))
