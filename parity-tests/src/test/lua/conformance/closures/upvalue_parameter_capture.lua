-- checks closures capturing function parameters and modifying them
local function makeAcc(start)
  return function(x)
    start = start + x
    return start
  end
end
local a = makeAcc(10)
print(a(1), a(1), a(5))
local b = makeAcc(0)
print(b(100), a(0))
local function both(x)
  local get = function() return x end
  x = x .. "-changed"
  return get
end
print(both("param")())
local function varParam(...)
  local n = select("#", ...)
  return function() return n end
end
print(varParam(1, 2, 3)(), varParam()())
local function swapper(a, b)
  return function() a, b = b, a; return a, b end
end
local sw = swapper("L", "R")
print(sw())
print(sw())
