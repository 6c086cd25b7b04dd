-- select(n, ...) whose first value is used, in every form: counts, indexes in and out of range,
-- negative and fractional indexes, numeric strings, nil varargs, errors, and a select that is not
-- the library's.
local function first(n, ...) return (select(n, ...)) end
local function count(...) return select("#", ...) end
local function walk(...)
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out[#out + 1] = tostring(v)
  end
  return table.concat(out, " ")
end
print(count(), count(nil), count(1, nil, nil), count(nil, nil, 3))
print(walk(1, nil, "x", false), walk())
print(first(1, "a", "b"), first(2, "a", "b"), first(3, "a", "b"), first(10))
print(first(-1, "a", "b"), first(-2, "a", "b"), first(1.5, "a", "b"), first("2", "a", "b"))
print(first("#", "a", "b"), first("#x", "a", "b"))
print(pcall(first, 0, "a"))
print(pcall(first, -3, "a", "b"))
print(pcall(first, "x", "a"))
print(pcall(first, nil, "a"))
print(pcall(first, {}, "a"))
local n = select("#", ...)
print("main chunk varargs", n, (select(1, ...)))
do
  local select = function(n, ...) return "mine", n end
  local function shadowed(...) return (select(2, ...)) end
  print(shadowed(1, 2, 3))
end
local saved = select
select = function(n) return "global replaced " .. tostring(n) end
print(first(1, "a"), count(1, 2))
select = saved
print(first(1, "a"), count(1, 2))
