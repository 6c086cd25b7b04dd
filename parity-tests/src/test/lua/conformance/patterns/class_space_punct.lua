-- checks %s %p and their complements %S %P, including tabs, newlines and vertical whitespace
local s = "a b\tc\nd\re\vf\fg"
print((s:gsub("%s", "_")))
print(select(2, s:gsub("%s", "")))
print((s:gsub("%S", "x")):byte(1, -1))
local p = "Hello, world! (1+2)=3; ok?"
print((p:gsub("%p", "")))
print((p:gsub("%P", "")))
print(p:find("%p"))
print(p:match("%p+", 13))
for w in ("  one   two\tthree \n four "):gmatch("%S+") do print("[" .. w .. "]") end
print(("a.b,c;d:e"):gsub("%p", " "))
print(("~`!@#$%^&*()-_=+[]{}\\|;:'\",<.>/?"):gsub("%p", ""))
print(("   "):match("^%s*$") ~= nil, (" x "):match("^%s*$") ~= nil)
