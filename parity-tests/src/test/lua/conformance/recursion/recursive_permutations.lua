-- checks generating permutations recursively in a deterministic order
local function permute(items, n, out)
  n = n or #items
  out = out or {}
  if n <= 1 then
    out[#out + 1] = table.concat(items)
    return out
  end
  for i = 1, n do
    items[i], items[n] = items[n], items[i]
    permute(items, n - 1, out)
    items[i], items[n] = items[n], items[i]
  end
  return out
end
local p = permute({"a", "b", "c"})
print(#p)
print(table.concat(p, " "))
table.sort(p)
print(table.concat(p, " "))
local p4 = permute({"1", "2", "3", "4"})
print(#p4, p4[1], p4[24])
print(#permute({"x"}))
