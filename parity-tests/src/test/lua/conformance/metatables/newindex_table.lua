-- checks __newindex as a table redirecting new keys
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a)
proxy.b = "two"
print(proxy.b, store.b)
rawset(proxy, "c", 3)
print(proxy.c, store.c)
proxy.c = 30
print(proxy.c, store.c)
local both = setmetatable({}, {__index = store, __newindex = store})
both.d = "dee"
print(both.d, rawget(both, "d"), store.d)
