-- checks operand evaluation order inside binary expressions
local log = {}
local function v(name, val) log[#log + 1] = name; return val end
local r = v("a", 1) + v("b", 2) * v("c", 3)
print(r, table.concat(log, " "))
log = {}
r = v("a", 2) ^ v("b", 3) ^ v("c", 2)
print(r, table.concat(log, " "))
log = {}
r = v("a", "x") .. v("b", "y") .. v("c", "z")
print(r, table.concat(log, " "))
log = {}
r = v("a", 10) - v("b", 4) - v("c", 3)
print(r, table.concat(log, " "))
log = {}
r = v("a", 1) < v("b", 2)
print(r, table.concat(log, " "))
