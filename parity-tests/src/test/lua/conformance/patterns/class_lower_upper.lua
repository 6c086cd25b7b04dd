-- checks %l %u and their complements %L %U
local s = "Path of Building 2 CamelCaseWord"
print((s:gsub("%l", "")))
print((s:gsub("%u", "")))
print((s:gsub("%L", "")))
print((s:gsub("%U", "")))
for w in s:gmatch("%u%l*") do print(w) end
print(s:match("%u%u"))
print(s:find("%l%u"))
print(("camelCaseToWords"):gsub("(%l)(%u)", "%1 %2"))
print(("snake_case_name"):gsub("_(%l)", function(c) return c:upper() end))
print(("ABC"):match("^%u+$"), ("AbC"):match("^%u+$"))
print(("hello"):gsub("^%l", string.upper))
