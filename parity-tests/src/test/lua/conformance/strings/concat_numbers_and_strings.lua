-- checks .. joining numbers and strings of various kinds
print("a" .. "b")
print("n" .. 1)
print(1 .. "n")
print(1.25 .. "")
print("" .. "")
print("x" .. -5)
print("big" .. 1e20)
print("half" .. 0.5)
local parts = "a"
for i = 1, 5 do parts = parts .. i end
print(parts)
print(("ab"):rep(2) .. "!" .. #"abc")
