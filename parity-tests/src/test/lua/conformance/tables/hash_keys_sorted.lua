-- checks collecting hash keys and printing them sorted
local t = {zeta = 1, alpha = 2, mid = 3, beta = 4}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, t[k]) end
local nums = {[100] = "a", [-5] = "b", [3] = "c", [42] = "d"}
local nk = {}
for k in pairs(nums) do nk[#nk + 1] = k end
table.sort(nk)
print(table.concat(nk, " "))
local total = 0
for _, v in pairs(t) do total = total + v end
print(total)
