-- checks functions whose only multiple results come from tail calls, called for one value and for all:
-- the first-result body must give the same values, nils and error positions as the full one
local C = {} C.__index = C
function C:inner(a, b) return a + b, "second" end
function C:outer(a, b)
  if a == 0 then return end
  if a < 0 then return "neg" end
  return self:inner(a, b)
end
local function f(x) return x * 2, x * 3 end
local function g(x) if x then return f(x) end end
local o = setmetatable({}, C)
print(o:outer(1, 2))
print((o:outer(1, 2)))
local v = o:outer(1, 2) print(v)
print(o:outer(0), o:outer(-1), (o:outer(0)))
print(g(5)) print((g(5))) local w = g(5) print(w) print(g(nil), (g(nil)))
local t = { g(5), (g(6)), o:outer(3, 4) } print(#t, t[1], t[2], t[3], t[4])
local function lvl() error("deep", 2) end
local function tc() return lvl() end
print(pcall(function() local x = tc() return x end))
local function bad() return nil + 1 end
local function tc2() return bad() end
print(pcall(function() local x = tc2() return x end))
print(pcall(function() local x = C.outer(o, 1, nil) return x end))
