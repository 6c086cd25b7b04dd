-- checks single inheritance via setmetatable(Derived, {__index = Base})
local Base = {}
Base.__index = Base
function Base.new(name) return setmetatable({name = name}, Base) end
function Base:hello() return "hello from " .. self.name end
function Base:kind() return "base" end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(name, extra)
  local o = Base.new(name)
  o.extra = extra
  return setmetatable(o, Derived)
end
function Derived:kind() return "derived+" .. Base.kind(self) end
function Derived:getExtra() return self.extra end
local b = Base.new("b")
local d = Derived.new("d", 42)
print(b:hello(), b:kind())
print(d:hello(), d:kind(), d:getExtra())
print(b.getExtra, type(d.hello))
print(getmetatable(d) == Derived, getmetatable(Derived).__index == Base)
local Third = setmetatable({}, {__index = Derived})
Third.__index = Third
function Third:kind() return "third>" .. Derived.kind(self) end
local t = setmetatable({name = "t", extra = 7}, Third)
print(t:kind(), t:hello(), t:getExtra())
