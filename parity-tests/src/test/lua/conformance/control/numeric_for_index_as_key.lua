-- A numeric for index used as a table key (read and write) and as select's index, including fractional
-- and negative indexes, tables with __index/__newindex, an index reassigned or captured in the body,
-- and values that are method calls.
local t = {}
for i = 1, 5 do t[i] = i * i end
for i = 0.5, 2.5 do t[i] = "half " .. i end
for i = -2, 0 do t[i] = "non-positive " .. i end
for i = 5, 1, -2 do io.write(tostring(t[i]), " ") end
print()
for i = -2, 2.5, 0.5 do io.write(tostring(t[i]), ", ") end
print()

local function pick(...)
  local out = {}
  for i = 1, select("#", ...) do out[#out + 1] = tostring(select(i, ...)) end
  for i = 0.5, 1.5 do out[#out + 1] = tostring(pcall(select, i, ...)) end
  return table.concat(out, " ")
end
print(pick("a", nil, "c"))

local reads, writes = {}, {}
local proxy = setmetatable({}, {
  __index = function(_, k) reads[#reads + 1] = k; return k * 10 end,
  __newindex = function(tab, k, v) writes[#writes + 1] = k .. "=" .. v; rawset(tab, k, v) end,
})
for i = 1, 3 do proxy[i] = proxy[i + 10] end
print(table.concat(reads, " "), table.concat(writes, " "), proxy[2])

-- the index reassigned in the body is a copy; captured by closures, each iteration has its own
local seen = {}
for i = 1, 3 do
  i = i * 100
  seen[#seen + 1] = t[i] == nil and ("nil at " .. i) or "hit"
end
print(table.concat(seen, " "))
local fns = {}
for i = 1, 3 do fns[i] = function() return t[i] end end
print(fns[1](), fns[2](), fns[3]())

-- values that are method calls, on the same and on another table
local obj = { k = 2 }
function obj:value(x) return self.k * x end
local r = {}
for i = 1, 3 do r[i] = obj:value(i) end
for i = 1, 3 do r[i + 3] = obj:value(r[i]) end
print(table.concat(r, ","))
-- indexing something that is not a table with the index
print(pcall(function() local s = nil; for i = 1, 2 do s[i] = obj:value(i) end end))
print(pcall(function() local s = 5; for i = 1, 2 do local x = s[i] end end))
print(("abc"):len(), pcall(function() local s = "abc"; for i = 1, 2 do local x = s[i]; print(x) end end))
