-- checks __tostring inherited through a class metatable and used in concatenation via tostring
local Animal = {}
Animal.__index = Animal
Animal.__tostring = function(a) return a.kind .. ":" .. a.name end
function Animal.new(kind, name) return setmetatable({kind = kind, name = name}, Animal) end
local list = {Animal.new("cat", "tom"), Animal.new("dog", "rex")}
for _, a in ipairs(list) do print(a) end
local parts = {}
for i, a in ipairs(list) do parts[i] = tostring(a) end
print(table.concat(parts, ", "))
print(type(tostring(list[1])))
print(tostring(list[1]) == "cat:tom")
print(#tostring(list[2]))
