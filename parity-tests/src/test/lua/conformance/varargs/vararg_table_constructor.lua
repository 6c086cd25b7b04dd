-- checks {...} collecting varargs and # of the result
local function pack(...) return {...} end
local t = pack(1, 2, 3)
print(#t, t[1], t[2], t[3])
t = pack()
print(#t, next(t))
t = pack("a", "b")
print(#t, t[1], t[2])
local function lenOf(...) return #{...} end
print(lenOf(), lenOf(1), lenOf(1, 2, 3, 4, 5))
local function withPrefix(...) return {"first", ...} end
local w = withPrefix("x", "y")
print(#w, w[1], w[2], w[3])
local function notLast(...) return {..., "last"} end
local nl = notLast("x", "y", "z")
print(#nl, nl[1], nl[2])
