-- checks methods taking varargs, with self consuming the first slot
local Obj = {items = {}}
function Obj:add(...)
  for i = 1, select("#", ...) do
    self.items[#self.items + 1] = tostring((select(i, ...)))
  end
  return select("#", ...)
end
print(Obj:add("a", "b"))
print(Obj:add())
print(Obj:add(nil, 1))
print(table.concat(Obj.items, ","))
print(Obj.add(Obj, "z"))
print(#Obj.items)
local function call(obj, m, ...) return obj[m](obj, ...) end
print(call(Obj, "add", 1, 2, 3), #Obj.items)
