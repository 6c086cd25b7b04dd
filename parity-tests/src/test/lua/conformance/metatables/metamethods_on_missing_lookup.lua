-- checks that __index is not called for keys present with false values
local hits = 0
local t = setmetatable({f = false, z = 0}, {__index = function() hits = hits + 1; return "default" end})
print(t.f, t.z, hits)
print(t.missing, hits)
t.f = nil
print(t.f, hits)
local n = setmetatable({}, {__newindex = function() hits = hits + 100 end})
n.a = false
print(rawget(n, "a"), hits)
rawset(n, "b", false)
n.b = true
print(n.b, hits)
