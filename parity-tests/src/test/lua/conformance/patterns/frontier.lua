-- checks the frontier pattern %f with classes and sets, including string ends
local s = "THE (quick) fox, the_end theater"
print((s:gsub("%f[%a]%a+", "W")))
print((s:gsub("%f[%w]%w+%f[%W]", "<%0>")))
for w in s:gmatch("%f[%a]the%f[%A]") do print("found", w) end
print(s:find("%f[%a]the%f[%A]"))
print(("THE the there"):gsub("%f[%w]the%f[%W]", "X"))
print(("hello"):find("%f[%l]"))
print(("hello"):find("%f[%L]"))
print(("ab12cd"):gsub("%f[%d]", "|"))
print(("ab12cd"):gsub("%f[%D]", "|"))
print(("  words   here "):gsub("%f[%S]", "^"))
print(("x"):find("%f[^%z]"))
print(("AAbbAA"):gsub("%f[%u]%u+", "U"))
