-- checks the Class.__index = Class idiom with constructor and methods
local Class = {}
Class.__index = Class
function Class.new(x) return setmetatable({x = x}, Class) end
function Class:get() return self.x end
function Class:set(v) self.x = v; return self end
function Class:describe() return "Class(" .. tostring(self.x) .. ")" end
local a = Class.new(1)
local b = Class.new("two")
print(a:get(), b:get())
a:set(10):set(11)
print(a:get(), b:get())
print(a:describe(), b:describe())
print(getmetatable(a) == Class, a.get == Class.get)
print(rawget(a, "get"))
print(Class.get(b))
a.get = function() return "overridden" end
print(a:get(), b:get())
