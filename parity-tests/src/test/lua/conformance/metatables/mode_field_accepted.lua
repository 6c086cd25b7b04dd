-- checks that __mode is accepted and the table still works normally
local weakK = setmetatable({}, {__mode = "k"})
local weakV = setmetatable({}, {__mode = "v"})
local weakKV = setmetatable({}, {__mode = "kv"})
local key = {}
weakK[key] = "value"
weakV.x = key
weakKV[1] = key
print(weakK[key], weakV.x == key, weakKV[1] == key)
print(getmetatable(weakK).__mode, getmetatable(weakV).__mode, getmetatable(weakKV).__mode)
weakV.s = "string values stay"
print(weakV.s)
weakK.str = 1
print(weakK.str)
print(type(weakKV))
