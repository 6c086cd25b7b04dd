-- checks argument errors from table.insert and table.remove edge cases
local t = {1, 2, 3}
local ok, err = pcall(function()
  table.insert(t, 1, 2, 3)
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(#t)
local e = {}
print(table.remove(e))
print(#e)
local ok2, err2 = pcall(function()
  table.insert(nil, 1)
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
table.insert(t, 5)
print(table.concat(t, ","))
print(table.remove({"single"}, 1))
