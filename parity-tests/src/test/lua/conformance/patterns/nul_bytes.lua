-- checks \0 in subjects (ordinary byte) and in patterns (ends a pattern; %z matches it)
local s = "a\0b\0c"
print(#s, select(2, s:gsub("%z", "")))
print(s:find("%z"))
print(s:find("\0", 1, true))
print((s:gsub("%z", "|")))
print(s:match("b%zc") ~= nil)
local parts = {}
for p in s:gmatch("[^%z]+") do parts[#parts + 1] = p end
print(table.concat(parts, ","))
print(pcall(string.find, s, "[\0]"))
print(pcall(string.find, s, "[^\0-\127]"))
print(s:find("b\0"))
print(("x\0y"):gsub("\0", "0"))
print(s:find("\0c"), s:find("\0c", 1, true))
