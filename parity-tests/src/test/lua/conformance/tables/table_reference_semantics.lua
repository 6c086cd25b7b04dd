-- checks that tables are passed and assigned by reference
local a = {1, 2, 3}
local b = a
b[1] = 100
print(a[1])
local function modify(t) t.added = true end
modify(a)
print(b.added)
local function replace(t) t = {replaced = true}; return t end
local c = replace(a)
print(a.replaced, c.replaced)
print(a == b, a == c)
local copy = {}
for i, v in ipairs(a) do copy[i] = v end
copy[1] = -1
print(a[1], copy[1], #copy)
print({} == {})
