-- checks closures nested three levels deep reading and writing all levels
local function level1(a)
  local count1 = 0
  return function(b)
    local count2 = 0
    return function(c)
      count1 = count1 + 1
      count2 = count2 + 1
      return a + b + c, count1, count2
    end
  end
end
local l2 = level1(100)
local l3a = l2(10)
local l3b = l2(20)
print(l3a(1))
print(l3a(2))
print(l3b(3))
print(l3a(4))
print(level1(0)(0)(0))
