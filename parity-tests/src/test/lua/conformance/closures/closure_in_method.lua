-- checks closures created inside methods capturing self
local Obj = {}
Obj.__index = Obj
function Obj.new(name) return setmetatable({name = name, n = 0}, Obj) end
function Obj:callback()
  return function(suffix)
    self.n = self.n + 1
    return self.name .. suffix .. self.n
  end
end
local a = Obj.new("a")
local cb = a:callback()
print(cb("-"), cb("+"))
print(a.n)
local b = Obj.new("b")
local cb2 = b:callback()
print(cb2("*"), a.n, b.n)
local cb3 = a:callback()
print(cb3("#"), cb("-"))
b.name = "renamed"
print(cb2("!"))
