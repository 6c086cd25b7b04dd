-- Small tables (a handful of hash keys) with keys of every kind, equal keys built at run time, removal
-- and re-adding, and growth past eight keys and back: every lookup finds exactly its own key.
local f1, f2 = function() end, function() end
local t1, t2 = {}, {}
local function build()
  local t = {}
  t["name"] = "s"
  t[1.5] = "fraction"
  t[true] = "true"
  t[false] = "false"
  t[t1] = "table one"
  t[f1] = "function one"
  t[-7] = "minus seven"
  t[0] = "zero"
  return t
end
local t = build()
local dyn = ("na" .. "me")
print(t.name, t[dyn], t[3 / 2], t[1.5], t[true], t[false], t[t1], t[t2], t[f1], t[f2], t[-7], t[0], t[-0.0])
print(t["1.5"], t["true"], t[1], t[7], t[-7.0], t[2^53])
-- a key equal in value but built differently each time
for i = 1, 3 do
  local key = ("key" .. i):upper():lower()
  t[key] = i
end
print(t.key1, t.key2, t.key3, t[("KEY2"):lower()])
-- removal leaves the others, re-adding finds the same key again
t[true] = nil
t[t1] = nil
t.name = nil
print(t.name, t[dyn], t[true], t[false], t[t1], t[f1], t.key3)
t[dyn] = "again"
t[true] = "again true"
print(t.name, t[true], t[false])
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
-- next walks a small table and resumes after every kind of key
local seen = 0
local k = next(t)
while k ~= nil do seen = seen + 1 k = next(t, k) end
print(seen)
-- growth from a few keys to many and back to a few
local g = {}
for i = 1, 12 do g["k" .. i] = i end
for i = 1, 12 do g[i * 1000] = -i end
local sum = 0
for i = 1, 12 do sum = sum + g["k" .. i] + g[i * 1000] end
for i = 1, 11 do g["k" .. i] = nil g[i * 1000] = nil end
for i = 1, 5 do g["new" .. i] = i end
print(sum, g.k12, g[12000], g.k1, g[1000], g.new3)
local left = 0
for _ in pairs(g) do left = left + 1 end
print(left)
-- rawget/rawset and a metatable over a small table
local proxy = setmetatable({ a = 1 }, { __index = function(_, key) return "default " .. tostring(key) end })
print(proxy.a, proxy.b, rawget(proxy, "b"), proxy[2])
rawset(proxy, "b", 2)
print(proxy.b, rawget(proxy, "b"))
