-- checks that a <= b falls back to not (b < a) when only __lt exists (Lua 5.1 rule)
local lts = 0
local mt = {__lt = function(a, b) lts = lts + 1; return a.v < b.v end}
local x = setmetatable({v = 1}, mt)
local y = setmetatable({v = 2}, mt)
print(x <= y, lts)
print(y <= x, lts)
print(x >= y, lts)
print(x <= x, lts)
print(x < y, y > x, lts)
local leOnly = {__le = function(a, b) return a.v <= b.v end}
local p, q = setmetatable({v = 1}, leOnly), setmetatable({v = 2}, leOnly)
print(p <= q, q >= p)
local ok, err = pcall(function()
  local r = p < q
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
