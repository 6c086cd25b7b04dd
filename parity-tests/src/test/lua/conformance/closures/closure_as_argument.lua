-- checks passing closures as arguments and calling them inside other functions
local function map(t, f)
  local r = {}
  for i, v in ipairs(t) do r[i] = f(v) end
  return r
end
local factor = 3
local r = map({1, 2, 3}, function(x) return x * factor end)
print(table.concat(r, ","))
factor = 10
r = map({1, 2, 3}, function(x) return x * factor end)
print(table.concat(r, ","))
local function apply2(f, x) return f(f(x)) end
print(apply2(function(x) return x .. "!" end, "hi"))
local total = 0
local function each(t, f) for _, v in ipairs(t) do f(v) end end
each({4, 5, 6}, function(v) total = total + v end)
print(total)
print(apply2(function(x) return x * x end, 3))
