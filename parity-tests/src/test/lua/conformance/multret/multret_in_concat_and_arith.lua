-- checks that calls in operator expressions are truncated to one value
local function two() return 10, 20 end
print(two() + 1)
print(two() .. "x")
print(-two())
print(two() == 10)
print(two() * two())
local function strs() return "a", "b" end
print(strs() .. strs())
print(#strs())
print(not two())
local t = {}
t[two()] = "key"
print(t[10], t[20])
