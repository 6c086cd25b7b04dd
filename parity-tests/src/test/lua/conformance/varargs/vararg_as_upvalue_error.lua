-- checks that varargs must be copied to be used in a nested function
local function f(...)
  local captured = {...}
  local n = select("#", ...)
  return function()
    return n, unpack(captured, 1, n)
  end
end
print(f(1, 2, 3)())
print(f()())
print(f(nil, "b")())
local function firstOf(...)
  local a = ...
  return function() return a end
end
print(firstOf("one", "two")())
print(firstOf()())
