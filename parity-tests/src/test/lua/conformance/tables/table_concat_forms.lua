-- checks table.concat with separators, ranges and numbers
local t = {"a", "b", "c", "d"}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print("[" .. table.concat(t, "-", 3, 2) .. "]")
print(table.concat(t, "", 4, 4))
local nums = {1, 2.5, -3, 1e20, 0.1}
print(table.concat(nums, " "))
print(table.concat({}, "x"))
print(table.concat({1, "two", 3}, "|"))
local ok, err = pcall(function()
  local s = table.concat({1, {}, 3}, ",")
  return s
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local ok2, err2 = pcall(function()
  local s = table.concat({1, 2}, ",", 1, 3)
  return s
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
