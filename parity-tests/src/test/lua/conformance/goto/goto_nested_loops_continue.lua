-- checks separate continue labels in nested loops at each level
local out = {}
for i = 1, 3 do
  if i == 2 then goto continue_i end
  for j = 1, 3 do
    if j == 2 then goto continue_j end
    out[#out + 1] = i .. j
    ::continue_j::
  end
  ::continue_i::
end
print(table.concat(out, " "))
local n = 0
local i = 0
while i < 3 do
  i = i + 1
  local j = 0
  while j < 3 do
    j = j + 1
    if (i + j) % 2 == 0 then goto cj end
    n = n + 1
    ::cj::
  end
end
print("odd sums", n)
print(i)
print(#out)
print(out[1], out[#out])
