-- checks goto continue jumping past local declarations to a label at the end of the body
local results = {}
for i = 1, 5 do
  if i == 2 or i == 4 then goto continue end
  local a = i * 2
  local b = a + 1
  results[#results + 1] = a .. "/" .. b
  ::continue::
end
print(table.concat(results, " "))
local k = 0
while k < 3 do
  k = k + 1
  if k == 2 then goto continue end
  local msg = "k=" .. k
  print(msg)
  ::continue::
end
print("end", k)
print(#results)
