-- checks expressions mixing all precedence levels at once
print(1 + 2 * 3 ^ 2 .. "x" == "19x" and "ok" or "bad")
local ok, err = pcall(function()
  return not 1 + 1 == 2
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print(2 + 3 * 4 ^ 2 / 8)
print(1 < 2 and 2 < 3 or false)
print(-2 ^ 2 + 10 % 3 * 4)
print("a" .. 2 * 3 .. "b" == "a6b")
print(#"xy" + 2 ^ 3 .. "")
print(nil == false or 1 + 1 == 2 and "yes")
print(5 > 3 == true)
print(1 + -2 ^ 2 * 3)
