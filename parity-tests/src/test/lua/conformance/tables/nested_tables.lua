-- checks nested tables and shared references
local t = {a = {b = {c = "deep"}}}
print(t.a.b.c)
t.a.b.c = "changed"
print(t["a"]["b"]["c"])
local shared = {v = 1}
local x = {ref = shared}
local y = {ref = shared}
shared.v = 2
print(x.ref.v, y.ref.v, x.ref == y.ref)
local matrix = {}
for i = 1, 3 do
  matrix[i] = {}
  for j = 1, 3 do matrix[i][j] = i * j end
end
print(matrix[2][3], matrix[3][3], #matrix, #matrix[1])
local self = {}
self.me = self
print(self.me.me.me == self)
local list = {{1, 2}, {3, 4, 5}}
print(#list[1], #list[2], list[2][3])
