-- checks <=, >=, ~= combined with and/or/not
print(1 <= 1 and 2 >= 2)
local ok, err = pcall(function()
  return not 1 <= 2
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(not (1 <= 2))
print(3 ~= 3 or 4 ~= 5)
print(1 >= 2 or "fallback")
print("a" <= "b" and "b" >= "a")
print(2 <= 1 == false)
print(not (1 ~= 1) and "same")
print(5 >= 5 and 5 <= 5 and 5 ~= 6)
