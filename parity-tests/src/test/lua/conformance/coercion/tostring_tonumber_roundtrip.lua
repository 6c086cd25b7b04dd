-- checks tostring/tonumber round trips for several values
local values = {0, 1, -1, 0.5, 1.25, 100, 1e15, 2^53, 1e-5, 123.456, -0.001}
for _, v in ipairs(values) do
  local s = tostring(v)
  print(s, tonumber(s) == v)
end
print(tonumber(tostring(1 / 3)) == 1 / 3)
print(tostring(tonumber("0x10")))
print(tostring(tonumber("  5e2  ")))
local big = 2^53 + 2
print(tostring(big), tonumber(tostring(big)) == big)
print(tonumber("0.1") == 0.1, tonumber("0.10000000000000001") == 0.1)
