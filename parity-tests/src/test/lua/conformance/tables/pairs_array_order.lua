-- checks pairs over an array-only table visiting keys 1..n in order
local t = {"a", "b", "c", "d", "e"}
for k, v in pairs(t) do print(k, v) end
local sum = 0
for k, v in pairs({10, 20, 30}) do sum = sum + k * v end
print(sum)
local seen = {}
for k in pairs({"x", "y", "z"}) do seen[#seen + 1] = k end
print(table.concat(seen, ","))
local built = {}
for i = 1, 6 do built[i] = i * i end
local order = {}
for k, v in pairs(built) do order[#order + 1] = k .. "=" .. v end
print(table.concat(order, " "))
