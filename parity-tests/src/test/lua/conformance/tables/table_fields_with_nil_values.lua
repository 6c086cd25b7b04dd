-- checks assigning nil removes a field and constructors with nil values
local t = {a = 1, b = nil, c = 3}
print(t.a, t.b, t.c)
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t.a = nil
n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t.a = nil
print(t.a)
t.d = false
print(t.d, t.d == nil)
n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
