-- One field-access site meets tables whose keys sit at different entries, tables that lose and regain
-- the key, tables that are compacted, class chains and keys built at run time: every read and write
-- must see the table's own value whatever the site saw before.
local function mk(order)
  local t = {}
  for _, k in ipairs(order) do t[k] = k .. "!" end
  return t
end
local shapes = {
  mk({"a", "b", "name"}), mk({"name", "a"}), mk({"x"}), mk({"b", "a", "c", "d", "name"}), {}, { name = false },
}
local function readName(t) return t.name end
local function writeName(t, v) t.name = v end
for round = 1, 3 do
  for i, t in ipairs(shapes) do
    print(round, i, readName(t))
    writeName(t, "r" .. round .. "s" .. i)
    print(round, i, readName(t), t["name"])
  end
end

-- removal leaves the key's entry; setting it again must be seen by a site that had hinted it
local r = { name = 1, other = 2 }
print(readName(r))
r.name = nil
print(readName(r), next(r))
writeName(r, 3)
print(readName(r))
-- many removals then growth: the table is compacted and keys move
local grow = {}
for i = 1, 20 do grow["k" .. i] = i end
grow.name = "n"
print(readName(grow))
for i = 1, 20 do grow["k" .. i] = nil end
for i = 21, 60 do grow["k" .. i] = i end
print(readName(grow), grow.k21, grow.k60)
writeName(grow, "m")
print(readName(grow))

-- keys built at run time are equal to the constant, not the same object
local built = {}
built[("na" .. "me")] = "built"
built[string.rep("x", 2)] = "xx"
print(readName(built), built.xx)
writeName(built, "again")
print(built[("n" .. "ame")])

-- class chains: the same method site on instances and on the class, methods replaced later
local Base = {}
Base.__index = Base
function Base.new(v) return setmetatable({ v = v }, Base) end
function Base:get() return "base " .. self.v end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new(v) return setmetatable({ v = v, extra = true }, Derived) end
local objs = { Base.new(1), Derived.new(2), Base.new(3) }
for round = 1, 2 do
  for _, o in ipairs(objs) do print(round, o:get()) end
  if round == 1 then
    function Derived:get() return "derived " .. self.v end
  end
end
-- an instance field shadows the class method at the same site
objs[3].get = function(self) return "own " .. self.v end
for _, o in ipairs(objs) do print(o:get()) end

-- __index set through a field write after the table was used as a metatable
local proto = {}
local inst = setmetatable({}, proto)
print(inst.name)
proto.__index = { name = "via __index" }
print(inst.name)
proto.__index = function(_, k) return "fn " .. k end
print(inst.name)
-- __newindex set later must be honoured by a write site that ran before
local log = {}
local target = setmetatable({}, proto)
writeName(target, "plain")
print(rawget(target, "name"))
local fresh = setmetatable({}, proto)
proto.__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) end
writeName(fresh, "logged")
print(rawget(fresh, "name"), log[1])

-- globals read through one site while they change
function readGlobal() return someGlobal end
print(readGlobal())
someGlobal = 1
print(readGlobal())
someGlobal = nil
print(readGlobal())
setfenv(readGlobal, { someGlobal = "env" })
print(readGlobal())
