-- checks multiple results expanded only when the call is the last argument
local function three() return 1, 2, 3 end
print(three())
print(three(), "x")
print("x", three())
print(three(), three())
print((three()))
local function count(...) return select("#", ...) end
print(count(three()))
print(count(three(), three()))
print(count(three(), three(), three()))
print(count("a", three()))
