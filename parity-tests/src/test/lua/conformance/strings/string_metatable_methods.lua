-- checks method calls on string values through the shared string metatable
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:rep(2), s:reverse())
print(("x"):rep(3), ("%d-%d"):format(1, 2), ("abc"):byte(2))
print(("a,b"):find(",", 1, true), ("key=val"):match("(%w+)=(%w+)"))
print(#("abc"):upper(), ("abc"):upper():lower():len())
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("x") == getmetatable("y"))
print(("abc").len == string.len, ("abc").nothing)
print(("abc")[1], ("abc")["len"] == string.len)
local method = "upper"
print(("dynamic")[method]("dynamic"), ("call"):sub(2, 3):upper())
local ok, e = pcall(function() return ("abc"):nosuchmethod() end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
