-- checks that ipairs stops at the first nil value
local t = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
local u = {}
u[1] = "a"; u[2] = "b"; u[4] = "d"
local out = {}
for i, v in ipairs(u) do out[#out + 1] = i .. v end
print(table.concat(out, " "))
local count = 0
for _ in ipairs({nil, 2, 3}) do count = count + 1 end
print(count)
for i, v in ipairs({"x", "y"}) do print(i, v) end
local hashOnly = {a = 1, b = 2}
local c2 = 0
for _ in ipairs(hashOnly) do c2 = c2 + 1 end
print(c2)
local f = {[1] = "p", [2] = "q", [3] = false, [4] = "s"}
local c3 = 0
for _ in ipairs(f) do c3 = c3 + 1 end
print(c3)
