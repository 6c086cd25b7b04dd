-- Keys a small table does not hold: strings and integers absent from objects with a few fields, whose
-- method lookups miss in the object first and continue in the class; keys removed, re-added, equal
-- strings built at run time, and many keys so that every filter bit is taken.
local Base = {}
Base.__index = Base
function Base:name() return "base " .. tostring(self.id) end
function Base:kind() return "base kind" end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived:kind() return "derived kind" end

local obj = setmetatable({ id = 1, parent = false, mods = {}, conditions = {}, multipliers = {} }, Derived)
print(obj:name(), obj:kind(), obj.missing, obj[1], obj[0], obj[-1], rawget(obj, "kind"))
-- a field of the object shadows the class's method, and removing it uncovers the method again
obj.kind = function() return "own kind" end
print(obj:kind())
obj.kind = nil
print(obj:kind(), rawget(obj, "kind"))
-- a name built at run time is the same key
local dyn = ("ki" .. "nd")
print(obj[dyn](obj), rawget(obj, dyn))
obj[dyn] = function() return "dynamic own kind" end
print(obj:kind(), obj.kind == obj[dyn])

-- integer keys in a small hash part: present, absent, removed
local t = { [10] = "ten", [20] = "twenty", [-3] = "minus three", name = "t" }
print(t[10], t[20], t[-3], t[30], t[11], t[0], t[10.5], t.name, t.other)
t[20] = nil
print(t[20], t[10])
t[20] = "again"
print(t[20])

-- every absent key of many: fill a table up to the scan limit with keys of one kind, then probe others
for _, count in ipairs({ 3, 8, 9, 40 }) do
  local s = {}
  for i = 1, count do
    s["k" .. i] = i
    s[1000 + i] = -i
  end
  local hits, misses = 0, 0
  for i = -5, count + 5 do
    if s["k" .. i] ~= nil then hits = hits + 1 else misses = misses + 1 end
    if s[1000 + i] ~= nil then hits = hits + 1 else misses = misses + 1 end
  end
  print(count, hits, misses)
end

-- keys that are neither strings nor integers share the table with string keys
local key = {}
local mixed = { a = 1, [key] = "table key", [true] = "true key", [2.5] = "float key" }
print(mixed.a, mixed[key], mixed[true], mixed[2.5], mixed.b, mixed[{}], mixed[false], mixed[3.5])
