-- checks local a, a = 1, 2 and repeated declarations in one scope
local a, a = 1, 2
print(a)
local b = 1
local b = b + 1
local b = b + 1
print(b)
local function f()
  local r = "first"
  local r = r .. "+second"
  return r
end
print(f())
local c, d, c = "c1", "d", "c2"
print(c, d)
local e = 1
do
  local e, e2 = e + 1, e
  print(e, e2)
end
print(e)
