-- checks position captures () alone, mixed with string captures, and in gmatch/gsub
print(("hello"):match("()ll()"))
print(("hello"):match("()"))
print(("hello"):match("()", 3))
print(("hello"):match(".*()"))
print(("hello"):find("()l"))
print(("a,b,,c"):gsub("(),", function(p) return "[" .. p .. "]" end))
local positions = {}
for p in ("one two three"):gmatch("()%a+") do positions[#positions + 1] = p end
print(table.concat(positions, " "))
for s, w, e in ("one two three"):gmatch("()(%a+)()") do print(s, w, e) end
print(("abc"):match("a()b()c()"))
print(type(("abc"):match("()")))
print(("  indented"):match("^%s*()"))
print(("x"):gsub("()", "%1"))
