-- checks string.rep with fractional, string and negative counts and its argument errors
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
print(string.rep("ab", 2.9), string.rep("ab", "2"), "[" .. string.rep("ab", -0.5) .. "]")
print(#string.rep("x", 1000), #string.rep("xyz", 333))
print(string.rep("\0", 3) == "\0\0\0", #string.rep("\0", 3))
local ok, e = pcall(function() local r = string.rep("x") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = string.rep("x", "many") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = string.rep({}, 2) return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = string.rep("x", 2, {}) return r end)
print(ok, strip(e))
local s = ""
for i = 1, 5 do s = s .. string.rep(tostring(i), i) end
print(s)
