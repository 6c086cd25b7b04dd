-- checks formats with many conversions, mixed types and arguments from varargs and unpack
local f = string.format
print(f("%d %s %5.1f %x %q %c %g", 1, "two", 3.14159, 255, "q", 65, 1e20))
local args = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l" }
print(f(string.rep("%s", #args, "-"), unpack(args)))
local function fmt(...) return f(...) end
print(fmt("%s=%d", "x", 10))
local function labelled(label, ...) return f("%s: " .. string.rep("%d ", select("#", ...)), label, ...) end
print(labelled("nums", 1, 2, 3, 4, 5))
print(f("%s %s", f("%d", 1), f("%s", f("%q", "x"))))
local parts = {}
for i = 1, 20 do parts[i] = i * i end
print(f(string.rep("%3d", 20), unpack(parts)))
print(("%s and %s"):format("this", "that"))
