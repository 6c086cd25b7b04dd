-- checks next on empty tables, single-element tables and sequences
print(next({}))
local k, v = next({"only"})
print(k, v)
print(next({"only"}, 1))
local t = {x = "y"}
print(next(t))
print(next(t, "x"))
local seq = {10, 20, 30}
local i, val = next(seq)
local count = 0
while i do
  count = count + 1
  i, val = next(seq, i)
end
print(count)
print(next({}, nil))
print(type(next))
local ok, err = pcall(function()
  local r = next({}, "nokey")
  return r
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
