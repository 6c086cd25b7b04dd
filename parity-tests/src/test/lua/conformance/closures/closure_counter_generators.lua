-- checks closure-based generators producing sequences
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
local out = {}
for v in range(5) do out[#out + 1] = v end
print(table.concat(out, " "))
local function evens()
  local x = 0
  return function() x = x + 2; return x end
end
local g = evens()
print(g(), g(), g())
local function cycle(t)
  local i = 0
  return function() i = i % #t + 1; return t[i] end
end
local c = cycle({"r", "g", "b"})
print(c(), c(), c(), c(), c())
local r2 = range(0)
print(r2())
print(r2())
local g2 = evens()
print(g2(), g())
