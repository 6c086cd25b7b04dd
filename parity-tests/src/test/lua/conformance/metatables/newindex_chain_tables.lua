-- checks __newindex tables that themselves have __newindex
local final = {}
local middle = setmetatable({}, {__newindex = final})
local front = setmetatable({}, {__newindex = middle})
front.x = 1
print(rawget(front, "x"), rawget(middle, "x"), final.x)
middle.y = 2
print(rawget(middle, "y"), final.y)
local log = {}
local fnEnd = setmetatable({}, {__newindex = function(_, k, v) log[#log + 1] = k .. "=" .. v end})
local viaTable = setmetatable({}, {__newindex = fnEnd})
viaTable.a = 1
viaTable.b = 2
print(table.concat(log, ","))
print(rawget(viaTable, "a"), rawget(fnEnd, "a"))
front.x = 5
print(final.x, rawget(front, "x"))
rawset(front, "z", 26)
front.z = 27
print(front.z, final.z)
