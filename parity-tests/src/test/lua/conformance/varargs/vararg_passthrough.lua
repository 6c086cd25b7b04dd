-- checks passing ... through to other functions unchanged
local function count(...) return select("#", ...), ... end
local function pass(...) return count(...) end
print(pass())
print(pass(1))
print(pass(1, nil, 3))
print(pass(nil, nil))
local function passTwice(...) return pass(...) end
print(passTwice("a", "b"))
local function wrap(f, ...) return f(...) end
print(wrap(math.max, 3, 9, 2))
print(wrap(string.rep, "ab", 3))
print(wrap(select, "#", nil, nil, nil))
