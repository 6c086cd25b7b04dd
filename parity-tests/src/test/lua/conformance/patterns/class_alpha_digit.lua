-- checks %a %d and their complements %A %D in find, match and gsub
local s = "abc123 DEF-45_x"
print(s:match("%a+"))
print(s:match("%d+"))
print(s:match("%A+"))
print(s:match("%D+"))
print((s:gsub("%a", "A")))
print((s:gsub("%d", "#")))
print((s:gsub("%A", ".")))
print((s:gsub("%D", "")))
print(s:find("%d%d%d"))
print(s:find("%a%d"))
print(s:find("%D%d"))
for w in s:gmatch("%a+") do print("word", w) end
for n in s:gmatch("%d+") do print("num", n, tonumber(n) * 2) end
print(("0123456789"):gsub("%d", "%0%0"))
print(("ZZ9"):match("^%a%a%d$"))
print(("Z9Z"):match("^%a%a%d$"))
