-- checks varargs passed through several nested closures
local function outer(...)
  local n = select("#", ...)
  local args = {...}
  return function(...)
    local m = select("#", ...)
    return n, m, args[1], ...
  end
end
print(outer(1, 2)("x"))
print(outer()())
print(outer(nil, nil)(nil))
local function chain(...)
  if select("#", ...) == 0 then return "empty" end
  local first = ...
  return first, chain(select(2, ...))
end
print(chain(1, 2, 3))
print(chain())
