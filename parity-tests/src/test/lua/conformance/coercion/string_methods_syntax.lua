-- checks calling string library functions with method syntax
local s = "Hello"
print(s:upper())
print(s:lower())
print(s:len())
print(s:sub(2, 4))
print(s:byte(1))
print(s:rep(2, nil))
print(("%d"):format(3))
print(("abc"):upper():lower():len())
print(("x"):rep(3):upper())
local n = 42
print(tostring(n):len())
print(("%s-%s"):format("a", 1))
