-- checks that numeric and generic for variables are local to the loop
local i = "outer i"
for i = 1, 3 do
  lastSeen = i
end
print(i, lastSeen)
local k, v = "k", "v"
for k, v in ipairs({"a", "b"}) do
  last = k .. v
end
print(k, v, last)
for i = 1, 2 do
  local i = i * 10
  print(i)
end
for j = 1, 2 do end
print(j)
