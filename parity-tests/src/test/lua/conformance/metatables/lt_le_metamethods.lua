-- checks __lt and __le for ordering tables
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function V(v) return setmetatable({v = v}, mt) end
local one, two, otherTwo = V(1), V(2), V(2)
print(one < two, two < one)
print(one > two, two > one)
print(two <= otherTwo, two >= otherTwo)
print(one <= two, one >= two)
local list = {V(3), V(1), V(2)}
table.sort(list)
print(list[1].v, list[2].v, list[3].v)
local onlyLt = {__lt = function(a, b) return a.v < b.v end}
local p, q = setmetatable({v = 1}, onlyLt), setmetatable({v = 2}, onlyLt)
print(p <= q, q <= p)
local ok, err = pcall(function()
  local r = one < 5
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
