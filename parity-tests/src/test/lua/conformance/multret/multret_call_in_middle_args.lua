-- checks function arguments mixing calls in middle and last positions
local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  return n .. ":" .. table.concat(parts, ",")
end
local function two() return "p", "q" end
local function none() end
print(show(two()))
print(show(two(), two()))
print(show(none(), two()))
print(show(two(), none()))
print(show(none(), none()))
print(show(none()))
print(show((two()), (two())))
print(show(1, 2, two()))
