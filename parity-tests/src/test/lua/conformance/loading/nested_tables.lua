-- checks loadstring of nested constant tables, mixed keys and trailing separators
local src = [[
return {
  name = "root",
  children = {
    {name = "a", values = {1, 2, 3}},
    {name = "b", values = {}, meta = {deep = {deeper = {deepest = "bottom"}}}};
  },
  matrix = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1},},
  [1] = "first", [2] = "second";
  [10] = "ten",
  ["key with spaces"] = {nested = true},
}
]]
local f = loadstring(src)
local t = f()
print(t.name, #t.children, t[1], t[2], t[10])
for i, c in ipairs(t.children) do print(i, c.name, #c.values, table.concat(c.values, "+")) end
print(t.children[2].meta.deep.deeper.deepest)
for i, row in ipairs(t.matrix) do print(i, table.concat(row, " ")) end
print(t["key with spaces"].nested)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = type(k) .. ":" .. tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local deep = loadstring("return {{{{{{{{{{42}}}}}}}}}}")()
local v, d = deep, 0
while type(v) == "table" do v = v[1]; d = d + 1 end
print("depth", d, v)
