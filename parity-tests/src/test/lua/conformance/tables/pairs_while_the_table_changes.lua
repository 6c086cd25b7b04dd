-- pairs loops over tables of every part and size, with fields cleared and assigned while iterating, nested
-- loops, a loop from a key in the middle and tables that grow between loops. Order-free output.
local function sortedKeys(t)
	local keys = {}
	for k in pairs(t) do keys[#keys + 1] = tostring(k) end
	table.sort(keys)
	return table.concat(keys, ",")
end

-- Mixed array and hash parts; integer keys in the hash part; a key that is a table.
local key = {}
local t = {10, 20, 30, x = 1, y = 2, [7] = 70, [-1] = "neg", [2.5] = "half", [key] = "tbl"}
local count, sum = 0, 0
for k, v in pairs(t) do
	count = count + 1
	if type(v) == "number" then sum = sum + v end
end
print(count, sum, sortedKeys(t) ~= "" and "keys" or "none")

-- Clearing fields (the current one and others) while iterating is allowed.
local big = {}
for i = 1, 40 do big["k" .. i] = i end
local seen = 0
for k, v in pairs(big) do
	seen = seen + 1
	big[k] = nil
	if v % 7 == 0 then big["k" .. (v + 1)] = nil end
end
print(seen <= 40 and seen >= 34, next(big))

-- Assigning existing fields while iterating.
local m = {a = 1, b = 2, c = 3, d = 4}
for k, v in pairs(m) do m[k] = v * 10 end
print(m.a, m.b, m.c, m.d)

-- Two loops over the same table, nested; and a loop that starts from a key in the middle (next, t, k).
local pairsCount = 0
for k1 in pairs(m) do
	for k2 in pairs(m) do pairsCount = pairsCount + 1 end
end
print(pairsCount)
local first = next(m)
local rest = 0
for k, v in next, m, first do rest = rest + 1 end
print(rest)

-- More than a thousand hash entries.
local huge = {}
for i = 1, 3000 do huge["key" .. i] = i end
local n, total = 0, 0
for k, v in pairs(huge) do n = n + 1; total = total + v end
print(n, total)

-- A table that grows while it is not being iterated, between two loops; and three loop variables.
local g = {p = 1}
for round = 1, 3 do
	for i = 1, 20 do g["r" .. round .. "_" .. i] = i end
	local c = 0
	for k, v, extra in pairs(g) do c = c + 1; assert(extra == nil) end
	print(round, c)
end

-- A key that is not in the table is still an error.
print(pcall(function() for k in next, m, "missing" do end end))
