-- checks that ... not in last position is truncated to one value
local function show(...) return select("#", ...), ... end
local function middle(...) return show(..., "end") end
print(middle(1, 2, 3))
print(middle())
print(middle(nil, 2))
local function tableMiddle(...) local t = {..., "end"}; return #t, t[1], t[2] end
print(tableMiddle("a", "b", "c"))
local function parens(...) return (...) end
print(parens(7, 8, 9))
print(select("#", parens()))
local function twoMiddle(...) return show(..., ...) end
print(twoMiddle("x", "y"))
