-- checks i, t[i] = i+1, 20: the table index uses i before the assignment
local i = 3
local t = {}
i, t[i] = i + 1, 20
print(i, t[3], t[4])
local a = {}
local k = 1
a[k], k = "first", 2
print(k, a[1], a[2])
local x = 1
local y = {}
y[x], y[x + 1], x = "one", "two", 10
print(x, y[1], y[2], y[10])
local obj = {n = 0}
local ref = obj
obj, obj.n = {n = 99}, 5
print(obj.n, ref.n)
local log = {}
local function v(name, val) log[#log + 1] = name; return val end
local r = {}
r[v("k1", 1)], r[v("k2", 2)] = v("v1", "A"), v("v2", "B")
print(r[1], r[2], table.concat(log, " "))
local j = 1
local arr = {"a", "b", "c"}
j, arr[j], arr[j + 1] = 3, arr[j + 1], arr[j]
print(j, arr[1], arr[2], arr[3])
