-- checks one metatable shared by many objects and modified after creation
local mt = {__index = {greet = function() return "hi" end}}
local objs = {}
for i = 1, 3 do objs[i] = setmetatable({id = i}, mt) end
print(objs[1].greet(), objs[3].greet())
mt.__index.greet = function() return "changed" end
print(objs[2].greet())
mt.__tostring = function(o) return "obj" .. o.id end
print(tostring(objs[1]), tostring(objs[2]))
mt.__index = function(o, k) return k .. o.id end
print(objs[3].anything)
mt.__add = function(a, b) return a.id + b.id end
print(objs[1] + objs[3])
