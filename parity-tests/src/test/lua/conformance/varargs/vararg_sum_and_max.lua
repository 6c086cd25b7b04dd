-- checks iterating varargs by index with select
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do
    s = s + (select(i, ...))
  end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, 4))
local function maxOf(...)
  local m = nil
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if m == nil or v > m then m = v end
  end
  return m
end
print(maxOf(3, 9, 4), maxOf(-1), maxOf())
local function ipairsVararg(...)
  local out = {}
  for i, v in ipairs({...}) do out[#out + 1] = i .. ":" .. v end
  return table.concat(out, " ")
end
print(ipairsVararg("a", "b", "c"))
print(ipairsVararg("a", nil, "c"))
print(sum(select(2, 100, 1, 2)))
