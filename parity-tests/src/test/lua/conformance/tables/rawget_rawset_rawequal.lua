-- checks rawget, rawset and rawequal on plain tables
local t = {}
rawset(t, "a", 1)
print(t.a, rawget(t, "a"))
print(rawget(t, "missing"))
local r = rawset(t, 1, "x")
print(r == t, t[1])
print(rawequal(t, t), rawequal(t, {}))
print(rawequal(1, 1), rawequal("a", "a"), rawequal(1, "1"))
print(rawequal(nil, nil), rawequal(false, nil))
rawset(t, "a", nil)
print(rawget(t, "a"))
print(rawget({10, 20}, 2))
local ok, err = pcall(function()
  local x = rawget("str", 1)
  return x
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
