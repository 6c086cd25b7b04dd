-- checks .. chains and that .. is right associative
print(1 .. 2 .. 3)
print("a" .. "b" .. "c" .. "d")
local mt = {__concat = function(a, b)
  local l = type(a) == "table" and a.n or a
  local r = type(b) == "table" and b.n or b
  return "(" .. l .. "," .. r .. ")"
end}
local function T(n) return setmetatable({n = n}, mt) end
print(T("x") .. T("y") .. T("z"))
print((T("x") .. T("y")) .. T("z"))
print("p" .. T("q") .. "r")
print(1 .. 2 == "12")
print(("a" .. "b") .. "c" == "a" .. ("b" .. "c"))
