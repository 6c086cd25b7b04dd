-- checks ; as optional statement separator and in table constructors
local a = 1; local b = 2; print(a + b);
local c = 3
; print(c)
do local d = 4; print(d); end
for i = 1, 2 do print("i", i); end
local t = {1; 2; 3}
print(#t, t[1], t[3])
local u = {x = 1; y = 2, 3;}
print(u.x, u.y, u[1])
local function f() return 5; end
print(f());
if a == 1 then print("yes"); else print("no"); end
