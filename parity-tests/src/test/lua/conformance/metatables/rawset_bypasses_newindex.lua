-- checks that rawset and rawget bypass __newindex and __index
local hits = 0
local t = setmetatable({}, {
  __newindex = function() hits = hits + 1 end,
  __index = function() return "from index" end,
})
t.a = 1
print(hits, rawget(t, "a"), t.a)
rawset(t, "a", 1)
print(hits, rawget(t, "a"), t.a)
t.a = 2
print(hits, t.a)
print(rawget(t, "b"), t.b)
rawset(t, "a", nil)
print(t.a)
t.a = 3
print(hits)
