-- checks break inside generic for loops and the state after breaking
local t = {"a", "b", "stop", "c"}
local collected = {}
for i, v in ipairs(t) do
  if v == "stop" then break end
  collected[#collected + 1] = v
end
print(table.concat(collected, ","))
local lastIndex
for i, v in ipairs(t) do
  lastIndex = i
  if v == "b" then break end
end
print(lastIndex)
local calls = 0
local function iter()
  calls = calls + 1
  return calls
end
for v in iter do
  if v >= 4 then break end
end
print(calls)
local firstKey
for k in pairs({only = 1}) do firstKey = k; break end
print(firstKey)
print(#collected, collected[1])
