-- checks labels placed at the end of blocks followed by nothing
local function classify(n)
  local r
  do
    if n < 0 then r = "neg"; goto finish end
    if n == 0 then r = "zero"; goto finish end
    r = "pos"
    ::finish::
  end
  return r
end
print(classify(-1), classify(0), classify(3))
for i = 1, 2 do
  if i == 1 then goto e end
  print("second iteration")
  ::e::
end
do
  goto skip
  print("never")
  ::skip::
end
print("end reached")
local function early(x)
  if x then goto out end
  print("x was falsy")
  ::out::
end
early(true)
early(false)
local function loopEnd(n)
  local acc = 0
  for i = 1, n do
    if i > 2 then goto tail end
    acc = acc + i
    ::tail::
  end
  return acc
end
print(loopEnd(5), loopEnd(1))
