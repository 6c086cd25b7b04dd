-- checks select('#', ...) counting nil arguments including trailing nils
local function n(...) return select("#", ...) end
print(n())
print(n(nil))
print(n(nil, nil))
print(n(1, nil))
print(n(nil, 2))
print(n(1, nil, 3, nil))
print(n(nil, nil, nil, nil, nil))
print(n(false))
print(n({}, nil, "", 0))
local function inner(...) return n(...) end
print(inner(nil, nil, nil))
