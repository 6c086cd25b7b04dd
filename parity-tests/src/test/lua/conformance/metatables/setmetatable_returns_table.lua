-- checks setmetatable returning its first argument and removing metatables with nil
local t = {}
local mt = {__index = {x = 1}}
local r = setmetatable(t, mt)
print(r == t, t.x)
setmetatable(t, nil)
print(getmetatable(t), t.x)
local ok, err = pcall(function()
  setmetatable({}, 5)
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local chained = setmetatable(setmetatable({}, {__index = {a = "A"}}), {__index = {b = "B"}})
print(chained.a, chained.b)
print(getmetatable(setmetatable({}, mt)) == mt)
