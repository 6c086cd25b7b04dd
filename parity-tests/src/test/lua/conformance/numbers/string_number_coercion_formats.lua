-- checks numeric strings with signs, spaces and exponents in arithmetic
print("+5" + 0)
print("-0" + 0)
print("1E3" + 0)
print("  1.25e1  " + 0)
print("0x0" + 1)
print("00010" + 0)
print("1." .. "5" + 0)
print("3" * "4" .. "")
local ok, err = pcall(function()
  local r = "1e" + 1
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local ok2, err2 = pcall(function()
  local r = "" + 1
  return r
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
