-- checks that < <= > >= never coerce between strings and numbers
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
print(pcall(function() return 1 < 2 end))
local ok, e = pcall(function()
  return 1 < "2"
end)
print(ok, strip(e))
local ok2, e2 = pcall(function()
  return "1" <= 2
end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function()
  return 10 > "9"
end)
print(ok3, strip(e3))
print("10" < "9", 10 < 9)
print(tonumber("10") < tonumber("9"))
print("2" < "10", 2 < 10)
