-- checks that comparisons are left-assoc: 1 < 2 < 3 compares a boolean and fails
local ok, err = pcall(function()
  return 1 < 2 < 3
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(1 == 1 == true)
print(1 == 2 == false)
print((1 < 2) == true)
print(2 ~= 3 == true)
print("a" == "a" ~= false)
local ok2, err2 = pcall(function()
  return 3 > 2 > 1
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
