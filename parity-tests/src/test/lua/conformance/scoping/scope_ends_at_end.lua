-- checks that a local is visible only after its declaration statement
local function f()
  return v
end
local v = "local v"
print(f())
v2 = "global v2"
local v2 = v2 .. " copied"
print(v2)
local function g() return v2 end
print(g())
do
  local w = 1
  local function h() return w end
  w = 2
  print(h())
end
print(w)
