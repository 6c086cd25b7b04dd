-- checks a three-level class chain with overridden methods and explicit parent calls
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  c.super = parent
  return c
end
local Mod = class()
function Mod:init(name, value) self.name, self.value = name, value end
function Mod:describe() return self.name .. "=" .. self.value end
function Mod:kind() return "mod" end
local ScaledMod = class(Mod)
function ScaledMod:init(name, value, scale)
  Mod.init(self, name, value)
  self.scale = scale
end
function ScaledMod:describe() return Mod.describe(self) .. " x" .. self.scale end
local CappedMod = class(ScaledMod)
function CappedMod:init(name, value, scale, cap)
  self.super.init(self, name, value, scale)
  self.cap = cap
end
function CappedMod:describe()
  return ScaledMod.describe(self) .. string.format(" (cap %d, eff %.1f)", self.cap, math.min(self.value * self.scale, self.cap))
end
local list = { Mod.new("Life", 10), ScaledMod.new("Mana", 5, 1.5), CappedMod.new("Block", 30, 2.5, 75) }
for _, m in ipairs(list) do print(m:kind(), m:describe()) end
print(getmetatable(list[3]) == CappedMod, CappedMod.super == ScaledMod, ScaledMod.super == Mod)
local counts = {}
for _, m in ipairs(list) do
  local depth, c = 0, getmetatable(m)
  while c do depth = depth + 1; c = c.super end
  counts[#counts + 1] = m.name .. ":" .. depth
end
print(table.concat(counts, " "))
print(list[2].cap, list[3].scale, rawget(list[3], "describe"), CappedMod.kind == Mod.kind)
