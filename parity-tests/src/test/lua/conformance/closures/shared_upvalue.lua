-- checks two closures created together sharing one upvalue
local function makePair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get1, set1 = makePair()
local get2, set2 = makePair()
set1(5)
print(get1(), get2())
set2("two")
print(get1(), get2())
set1(nil)
print(get1())
local acc = {}
local val = 1
acc.double = function() val = val * 2 end
acc.add = function(n) val = val + n end
acc.double(); acc.add(3); acc.double()
print(val)
acc.add(-10)
print(val, get1(), get2())
set2(get1 == get2)
print(get2())
