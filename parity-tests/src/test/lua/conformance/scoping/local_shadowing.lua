-- checks that an inner local shadows an outer one and the outer is restored
local x = 1
print(x)
do
  local x = 2
  print(x)
  do
    local x = 3
    print(x)
  end
  print(x)
end
print(x)
local x = "redeclared"
print(x)
