-- t[#t + 1] = v: the key is the length plus one, computed before the value is evaluated, for locals
-- and upvalues, long tables, tables with holes, __newindex and __len, and values that are not tables.
local t = {}
for i = 1, 1500 do
  t[#t + 1] = i * 2
end
print(#t, t[1], t[1023], t[1024], t[1025], t[1500])

-- the value appends to the same table first: Lua computed the key already, so the value lands on it
local log = {}
local function push(x)
  log[#log + 1] = "pushed " .. x
  return "value " .. x
end
log[#log + 1] = push("a")
print(#log, log[1], log[2])

-- an upvalue
local shared = { "x" }
local function add(v) shared[#shared + 1] = v end
add("y"); add("z")
print(#shared, table.concat(shared, ","))

-- __newindex sees the key; __len is ignored for tables in LuaJIT
local seen = {}
local proxy = setmetatable({}, {
  __newindex = function(tab, k, v) seen[#seen + 1] = tostring(k) .. "=" .. tostring(v); rawset(tab, k, v) end,
  __len = function() return 100 end,
})
proxy[#proxy + 1] = "first"
proxy[#proxy + 1] = "second"
print(table.concat(seen, " "), #proxy)

-- the key type: an integer-valued number, as #t + 1 always is
local k
local probe = setmetatable({}, { __newindex = function(tab, key, v) k = key; rawset(tab, key, v) end })
probe[#probe + 1] = true
print(k, type(k), math.type and "has math.type" or "no math.type")

-- not a table: the length of a string works, the assignment then fails; nil fails at the length
local s = "abc"
print(pcall(function() s[#s + 1] = "d" end))
local n = nil
print(pcall(function() n[#n + 1] = 1 end))
local num = 5
print(pcall(function() num[#num + 1] = 1 end))

-- different tables on the two sides are not the idiom
local a, b = { 1, 2, 3 }, { 1 }
a[#b + 1] = "into a at 2"
print(a[2], #a, b[2])
-- a global table
G = {}
G[#G + 1] = "global"
print(G[1], #G)
