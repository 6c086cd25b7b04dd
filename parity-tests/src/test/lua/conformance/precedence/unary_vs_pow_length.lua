-- checks that ^ binds tighter than # and not: #s^2 means #(s^2)
local s = "12"
local ok, err = pcall(function()
  return #s ^ 2
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
print((#s) ^ 2)
print(2 ^ #s)
print(-(#s) ^ 2)
local t = {4}
print(-t[1] ^ 0.5)
print((-t[1]) ^ 2)
print(not 2 ^ 2)
print(2 ^ -#s)
print(-2 ^ -2)
