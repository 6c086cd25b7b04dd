-- checks match and gmatch-like loops driven by an explicit init position
local s = "k1=v1;k2=v2;k3=v3"
local pos = 1
while true do
  local k, v, nextPos = s:match("(%w+)=(%w+);?()", pos)
  if not k then break end
  print(pos, k, v)
  pos = nextPos
end
print(s:match("%w+", -2))
print(s:match("%w+", 0))
print(s:match("%w+", 100))
print(s:match("()", 100))
print(s:match("^k2", 7))
print(s:match("^k2", 6))
print(s:match(".", -1), s:match(".", #s))
