-- checks a counter closure keeping private state between calls
local function makeCounter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end
local c1 = makeCounter()
print(c1(), c1(), c1())
local c2 = makeCounter()
print(c2(), c2())
print(c1())
print(type(c1))
print(c1 == c2, c1 == c1)
