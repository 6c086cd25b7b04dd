-- checks __tostring used by tostring and by print
local Point = {}
Point.__tostring = function(p) return "Point(" .. p.x .. "," .. p.y .. ")" end
local p = setmetatable({x = 1, y = 2}, Point)
print(tostring(p))
print(p)
print(p, "and", p)
local s = "value: " .. tostring(p)
print(s)
local weird = setmetatable({}, {__tostring = function() return "weird" end})
print(weird)
local numberish = setmetatable({}, {__tostring = function() return 42 end})
local ok, res = pcall(tostring, numberish)
print(ok, res, type(res))
local ok2, err2 = pcall(function()
  local r = "x" .. p
  return r
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
