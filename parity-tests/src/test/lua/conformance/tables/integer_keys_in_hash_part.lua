-- Integer keys that live in the hash part (sparse ids, negatives, zero, the ends of the 32-bit range
-- and beyond) next to floats, numeric strings and other keys: each key finds its own value, and
-- removing or overwriting one never disturbs a neighbour with a similar number.
local t = {}
local keys = { 0, -1, 1, 2, 3, 10, 100, 4096, 65535, 65536, 123456, -123456, 2147483647, -2147483648,
  2147483648, -2147483649, 4294967296, 2^40, 2^53, -2^53, 0.5, -0.5, 1.5, 1e300, -1e300 }
for i, k in ipairs(keys) do t[k] = "v" .. i end
for i, k in ipairs(keys) do io.write(tostring(t[k] == "v" .. i), " ") end
print()
t["1"] = "string one"
t[-0.0] = "zero again"
print(t[0], t[-0.0], t["1"], t[1], t[1.0], t["0"])
-- a float equal to an integer is that integer
t[2.0] = "two"
print(t[2], t[2.0], t[2 + 1e-15 - 1e-15])
-- removal and overwrite among near numbers
t[65535] = nil
t[65536] = "changed"
print(t[65535], t[65536], t[65537], t[-65536])
-- many sparse ids, as a data table keyed by node id
local nodes = {}
for id = 1, 3000 do nodes[id * 37 + 1000] = { id = id } end
local sum, misses = 0, 0
for id = 1, 3000 do
  local n = nodes[id * 37 + 1000]
  if n and n.id == id then sum = sum + id else misses = misses + 1 end
  if nodes[id * 37 + 1001] then misses = misses + 1 end
end
print(sum, misses)
for id = 1, 3000, 3 do nodes[id * 37 + 1000] = nil end
local left = 0
for _ in pairs(nodes) do left = left + 1 end
print(left, nodes[1037], nodes[1074] and nodes[1074].id)
-- next() walks integer keys of the hash part and resumes from each of them
local count = 0
local k = next(nodes)
while k do count = count + 1 k = next(nodes, k) end
print(count)
-- the array part taking over hash keys as it grows
local g = { [3] = "c", [2] = "b", [5] = "e" }
g[1] = "a"
g[4] = "d"
print(#g, g[1], g[2], g[3], g[4], g[5], g[6])
