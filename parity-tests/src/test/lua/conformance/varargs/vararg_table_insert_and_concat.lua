-- checks building strings from varargs via table helpers
local function join(sep, ...)
  local parts = {}
  for i = 1, select("#", ...) do
    parts[#parts + 1] = tostring((select(i, ...)))
  end
  return table.concat(parts, sep)
end
print(join(",", 1, 2, 3))
print(join("-", "a", nil, true))
print("[" .. join(",") .. "]")
print(join(" ", 1.5, -0.25, 100))
local function collect(...)
  local t = {}
  for _, v in ipairs({...}) do table.insert(t, 1, v) end
  return table.concat(t, "")
end
print(collect("a", "b", "c"))
print(collect())
