-- checks closures capturing values extracted from varargs
local function bind(f, ...)
  local args = {...}
  local n = select("#", ...)
  return function(...)
    local all = {}
    for i = 1, n do all[i] = args[i] end
    local extra = {...}
    for i = 1, select("#", ...) do all[n + i] = extra[i] end
    return f(unpack(all, 1, n + select("#", ...)))
  end
end
local function show(...) return select("#", ...), ... end
local b = bind(show, 1, 2)
print(b(3))
print(b())
local b2 = bind(show, nil, nil)
print(b2("z"))
local add = bind(function(a, b) return a + b end, 40)
print(add(2))
print(bind(show)())
