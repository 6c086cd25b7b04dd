-- checks where numbers are implicitly converted to strings and where they are not
local t = {}
t[#t + 1] = 1.5
t[#t + 1] = "x"
print(table.concat(t, "-"))
print(string.format("%s", 0.1))
print(1 .. "")
print(tostring(1) == 1 .. "")
print(print == print, type(tostring(print)))
print(tostring(nil), tostring(false), tostring(true))
print(string.rep(0, 3))
print(("a"):rep(2) .. 3)
print(string.len(-1.5))
