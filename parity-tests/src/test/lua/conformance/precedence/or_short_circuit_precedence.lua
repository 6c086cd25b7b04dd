-- checks short-circuit evaluation order combined with precedence
local log = {}
local function v(name, val) log[#log + 1] = name; return val end
local r = v("a", false) or v("b", true) and v("c", nil)
print(r, table.concat(log, " "))
log = {}
r = v("a", 1) or v("b", 2) and v("c", 3)
print(r, table.concat(log, " "))
log = {}
r = v("a", nil) and v("b", 2) or v("c", 3)
print(r, table.concat(log, " "))
log = {}
r = v("a", 1) and v("b", false) or v("c", "z")
print(r, table.concat(log, " "))
log = {}
r = v("a", 1) and v("b", 2) and v("c", 3)
print(r, table.concat(log, " "))
