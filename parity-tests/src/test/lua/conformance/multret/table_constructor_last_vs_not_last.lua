-- checks multiple results in table constructors, expanded only in last position
local function three() return "a", "b", "c" end
local t1 = {three()}
print(#t1, t1[1], t1[3])
local t2 = {three(), "z"}
print(#t2, t2[1], t2[2])
local t3 = {"z", three()}
print(#t3, t3[2], t3[4])
local t4 = {three(), three()}
print(#t4, t4[1], t4[2], t4[4])
local t5 = {(three())}
print(#t5)
local t6 = {x = three(), three()}
print(t6.x, #t6)
local t7 = {three(), k = "v"}
print(#t7, t7.k)
