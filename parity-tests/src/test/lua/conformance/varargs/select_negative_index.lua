-- checks select with negative n counting from the end, and out-of-range errors
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(-1, nil, nil))
print(select("#", select(-2, 1, 2, 3, 4)))
local ok, err = pcall(function()
  local r = select(-4, "a", "b", "c")
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local ok2, err2 = pcall(function()
  local r = select(0, "a")
  return r
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
print(select(-1, 42))
