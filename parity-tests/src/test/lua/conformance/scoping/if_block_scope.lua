-- checks locals inside if/elseif/else branches
local x = "outer"
if true then
  local x = "then"
  print(x)
end
print(x)
if false then
  local y = 1
elseif true then
  local x = "elseif"
  print(x)
else
  local x = "else"
end
print(x, y)
if x == "outer" then
  x = "changed"
end
print(x)
