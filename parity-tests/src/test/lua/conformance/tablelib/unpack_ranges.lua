-- checks unpack with default, explicit, reversed, out-of-range and zero-based ranges
local t = { "a", "b", "c", "d" }
print(unpack(t))
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 3, 6))
print(select("#", unpack(t, 3, 2)))
print(select("#", unpack({})))
print(select("#", unpack({}, 1, 3)))
print(unpack({ [0] = "zero", "one" }, 0, 1))
print(unpack({ [-1] = "m", [0] = "z" }, -1, 0))
print(unpack(t, "2", "3"))
print(unpack(t, 1.9, 2.9))
print(unpack({ 1, nil, 3 }, 1, 3))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(unpack({ 1, 2, 3, 4, 5 })))
local ok, e = pcall(function() return unpack({}, 1, 1e8) end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
