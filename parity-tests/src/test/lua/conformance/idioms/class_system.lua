-- checks a Path of Building-style newClass(name, parents..., constructor) system with memoised parent lookup
local classes = {}
local function getClass(name) return classes[name] end
local function newClass(className, ...)
  local class = { _className = className, _parents = {} }
  classes[className] = class
  local n = select("#", ...)
  local ctor = n > 0 and type(select(n, ...)) == "function" and select(n, ...) or nil
  for i = 1, ctor and n - 1 or n do
    class._parents[#class._parents + 1] = getClass((select(i, ...)))
  end
  class._constructor = ctor
  class.__index = class
  setmetatable(class, {
    __index = function(self, key)
      for _, parent in ipairs(self._parents) do
        local v = parent[key]
        if v ~= nil then
          rawset(self, key, v)
          return v
        end
      end
    end,
    __call = function(cls, ...)
      local obj = setmetatable({}, cls)
      if cls._constructor then cls._constructor(obj, ...) end
      return obj
    end,
  })
  return class
end
local Control = newClass("Control", function(self, x, y) self.x, self.y = x, y end)
function Control:Describe() return string.format("%s at %d,%d", self._className, self.x, self.y) end
function Control:IsShown() return true end
local Button = newClass("ButtonControl", "Control", function(self, x, y, label)
  self.Control(self, x, y)
  self.label = label
end)
Button.Control = Control._constructor
function Button:Click() return "clicked " .. self.label end
local b = Button(10, 20, "OK")
print(b:Describe())
print(b:Click(), b:IsShown())
print(rawget(Button, "Describe") ~= nil, rawget(Button, "Missing"))
print(b.Missing, rawget(Button, "IsShown") ~= nil)
local c = Control(1, 2)
print(c:Describe(), c.Click)
