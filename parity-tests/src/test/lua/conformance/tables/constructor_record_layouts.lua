-- Constructors whose keys are distinct string constants ("records"): every evaluation makes a table of
-- its own, nil values make no key, keys can be added, removed and re-added afterwards, and the same
-- keys in another order or another constructor make an equal but separate table.
local function sortedPairs(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k] or t[tonumber(k)]) end
  return table.concat(out, " ")
end
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local function mod(name, value, source)
  return { name = name, type = "BASE", value = value, source = source }
end

-- one constructor, many tables: changing one changes no other
local list = {}
for i = 1, 5 do list[i] = mod("Life", i * 10, nil) end
list[2].value = 99
list[3].extra = "x"
list[4].name = nil
for i, m in ipairs(list) do print(i, sortedPairs(m), count(m), #m) end

-- nil values make no key; a key set later is seen by reads and traversals
local m = mod("Mana", nil, nil)
print(sortedPairs(m), count(m), m.value, m.source, rawget(m, "value"))
m.value = 5
m.source = "Tree:1"
print(sortedPairs(m), count(m), m.value, m.source)
m.value = nil
print(sortedPairs(m), count(m), m.value)

-- growth well past the constructor's keys, then removals and re-adding
local r = { a = 1, b = 2, c = 3 }
for i = 1, 20 do r["k" .. i] = i end
for i = 1, 20, 2 do r["k" .. i] = nil end
r.a = nil
r.a = "again"
print(count(r), r.a, r.b, r.k2, r.k3, #r)
r[1] = "array"
r[2] = "part"
print(count(r), #r, r[1], r[2])

-- same keys, other orders and other constructors
local p = { x = 1, y = 2 }
local q = { y = 2, x = 1 }
print(p.x, p.y, q.x, q.y, p == q, rawequal(p, q), sortedPairs(p), sortedPairs(q))

-- values evaluated in source order, including calls and varargs cut to one value
local log = {}
local function v(tag, ...) log[#log + 1] = tag return ... end
local t = { first = v("1", "a", "b"), second = v("2"), third = v("3", false), fourth = (v("4", 1, 2)) }
print(table.concat(log, ","), t.first, t.second, t.third, t.fourth, count(t))

-- a record as a metatable and an __index chain through records
local base = { kind = "base", greet = function(self) return "hi " .. tostring(self.name) end }
local meta = { __index = base, __tostring = function(self) return "obj " .. tostring(self.name) end }
local obj = setmetatable({ name = "o" }, meta)
print(obj.kind, obj:greet(), tostring(obj), rawget(obj, "kind"))
meta.__index = { kind = "other" }
print(obj.kind, obj.greet)

-- string keys that look like numbers stay strings
local s = { ["1"] = "string one", ["2"] = "string two" }
print(s[1], s["1"], #s, count(s))

-- repeated keys are not a record: the last value wins
local dup = { a = 1, b = 2, a = 3 }
print(dup.a, dup.b, count(dup))

-- a wide record
local wide = { k01 = 1, k02 = 2, k03 = 3, k04 = 4, k05 = 5, k06 = 6, k07 = 7, k08 = 8, k09 = 9, k10 = 10,
  k11 = 11, k12 = 12, k13 = 13, k14 = 14, k15 = 15, k16 = 16, k17 = 17, k18 = nil, k19 = 19, k20 = 20 }
local sum = 0
for _, value in pairs(wide) do sum = sum + value end
print(count(wide), sum, wide.k18, wide.k20)
wide.k18 = 18
print(count(wide), wide.k18)

-- records built in a loop keep their own fields when a site reads them all
local objs = {}
for i = 1, 4 do
  objs[i] = i % 2 == 0 and { id = i, tag = "even" } or { tag = "odd", id = i, more = i * i }
end
for _, o in ipairs(objs) do print(o.id, o.tag, o.more) end
