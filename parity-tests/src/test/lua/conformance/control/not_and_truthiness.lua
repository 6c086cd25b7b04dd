-- checks not and truthiness of all value kinds
print(not nil, not false)
print(not 0, not "")
print(not true, not {})
print(not not nil, not not 0)
print(not print)
local values = {0, "", "0", "false", {}, -1, 0.0}
for i, v in ipairs(values) do
  if v then print(i, "truthy") else print(i, "falsy") end
end
if nil then print("nil truthy") else print("nil falsy") end
if false then print("false truthy") else print("false falsy") end
