-- checks returning ... directly and in combination with other values
local function id(...) return ... end
print(id())
print(id(1, 2, 3))
print(select("#", id(nil, nil)))
local function prepend(...) return "head", ... end
print(prepend(1, 2))
local function append(...) return ..., "tail" end
print(append(1, 2))
print(append())
local function rest(_, ...) return ... end
print(rest(1, 2, 3))
print(select("#", rest()))
