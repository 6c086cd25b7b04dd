-- checks select with index beyond count and non-numeric index errors
print(select("#"))
print(select(1))
print(select("#", select(5, 1, 2)))
print(select(2, "a"))
local ok, err = pcall(function()
  local r = select("x", 1, 2)
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local ok2, err2 = pcall(function()
  local r = select()
  return r
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
print(select(1.5, "a", "b"))
print(select(-1, "a", nil))
