-- checks using a table as a set and counting entries without relying on order
local set = {}
for _, w in ipairs({"a", "b", "a", "c", "b", "a"}) do
  set[w] = (set[w] or 0) + 1
end
local keys = {}
for k in pairs(set) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, set[k]) end
print(#keys)
print(set.z == nil, set.a ~= nil)
set.a = nil
local n = 0
for _ in pairs(set) do n = n + 1 end
print(n)
