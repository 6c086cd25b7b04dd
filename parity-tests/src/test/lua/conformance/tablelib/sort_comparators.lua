-- checks table.sort with comparators: descending, by absolute value, by length then text
local function show(t) print(table.concat(t, " ")) end
local a = { 5, 3, 8, 1, 9, 2 }
table.sort(a, function(x, y) return x > y end); show(a)
local b = { -7, 3, -1, 6, -4, 2 }
table.sort(b, function(x, y) return math.abs(x) < math.abs(y) end); show(b)
local c = { "ccc", "a", "bb", "dddd", "ee", "f" }
table.sort(c, function(x, y)
  if #x ~= #y then return #x < #y end
  return x < y
end); show(c)
local d = { 15, 22, 31, 44, 53 }
table.sort(d, function(x, y) return x % 10 < y % 10 end); show(d)
local calls = 0
local e = { 4, 2, 5, 1, 3 }
table.sort(e, function(x, y) calls = calls + 1; return x < y end)
show(e)
print("comparator was called", calls > 0)
