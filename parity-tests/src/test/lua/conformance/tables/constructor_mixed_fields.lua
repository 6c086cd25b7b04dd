-- checks table constructors mixing positional, [k]=v and name=v fields
local t = {"a", "b", x = 1, [10] = "ten", "c", ["key with space"] = true, [2 + 3] = "five"}
print(t[1], t[2], t[3])
print(t.x, t[10], t[5], t["key with space"])
print(#t)
local u = {[1] = "explicit", "positional"}
print(u[1])
local v = {"positional", [1] = "explicit"}
print(v[1])
local w = {x = 1, x = 2}
print(w.x)
local k = "dyn"
local d = {[k] = k .. "amic", [k .. "2"] = 2}
print(d.dyn, d.dyn2)
local nested = {inner = {deeper = {value = 42}}}
print(nested.inner.deeper.value)
