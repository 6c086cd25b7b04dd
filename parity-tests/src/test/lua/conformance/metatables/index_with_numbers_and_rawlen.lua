-- checks __index called for numeric keys beyond the array part
local t = setmetatable({10, 20, 30}, {__index = function(_, k) return "default" .. k end})
print(t[1], t[3], t[4], t[100])
print(#t)
local n = 0
for _ in ipairs(t) do n = n + 1 if n > 10 then break end end
print(n)
local s = 0
for i = 1, #t do s = s + t[i] end
print(s)
print(t[0], t[-1])
