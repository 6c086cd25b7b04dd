-- checks reusing the same label name in sibling blocks and functions
for i = 1, 2 do
  if i == 1 then goto continue end
  print("loop1", i)
  ::continue::
end
for i = 1, 2 do
  if i == 2 then goto continue end
  print("loop2", i)
  ::continue::
end
local function a() goto done; print("x") ::done:: return "a" end
local function b() goto done; print("y") ::done:: return "b" end
print(a(), b())
do goto l; ::l:: end
do goto l; ::l:: end
print("siblings ok")
local function nested()
  local s = ""
  do
    goto inner
    s = s .. "x"
    ::inner::
    s = s .. "i"
  end
  goto outer
  s = s .. "y"
  ::outer::
  return s .. "o"
end
print(nested())
