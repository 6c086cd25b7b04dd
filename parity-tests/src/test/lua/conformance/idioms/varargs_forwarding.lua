-- checks forwarding varargs through wrappers, preserving nils and counts, as in PoB's event/callback helpers
local function count(...) return select("#", ...) end
local function wrap(f) return function(...) return f(...) end end
local function logCall(name, f)
  return function(...)
    local args = { ... }
    local parts = {}
    for i = 1, select("#", ...) do parts[i] = tostring(args[i]) end
    print(name .. "(" .. table.concat(parts, ", ") .. ")")
    return f(...)
  end
end
print(count(), count(nil), count(nil, nil), wrap(count)(1, nil, 3, nil))
local add = logCall("add", function(a, b) return a + b end)
print(add(2, 3))
local multi = logCall("multi", function(...) return ... end)
print(multi("x", nil, false))
local function first(...) return (...) end
local function rest(_, ...) return ... end
print(first(7, 8, 9), rest(7, 8, 9))
local function callWith(f, ...) local n = select("#", ...) return f(n, ...) end
print(callWith(function(n, ...) return n, select(n, ...) end, "a", "b", "c"))
local packed = { n = select("#", 1, nil, 3), 1, nil, 3 }
print(packed.n, unpack(packed, 1, packed.n))
