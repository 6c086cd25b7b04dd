-- checks numeric for loops with string bounds converted to numbers
local out = {}
for i = "1", "3" do out[#out + 1] = i end
print(table.concat(out, ","))
print(type(out[1]))
out = {}
for i = 1, 10, "4" do out[#out + 1] = i end
print(table.concat(out, ","))
local ok, e = pcall(function()
  for i = "a", 2 do end
end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
local ok2, e2 = pcall(function()
  for i = 1, {} do end
end)
print(ok2, (tostring(e2):gsub("^[^:]*:", "")))
local ok3, e3 = pcall(function()
  for i = 1, 2, nil do end
end)
print(ok3, (tostring(e3):gsub("^[^:]*:", "")))
