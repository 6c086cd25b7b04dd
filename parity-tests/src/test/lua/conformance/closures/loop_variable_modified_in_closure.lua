-- checks closures that modify their own per-iteration loop variable
local incs, gets = {}, {}
for i = 1, 3 do
  incs[i] = function() i = i + 100 end
  gets[i] = function() return i end
end
incs[2]()
incs[2]()
print(gets[1](), gets[2](), gets[3]())
local count = 0
for i = 1, 3 do
  local f = function() i = i * 2 end
  f()
  count = count + i
end
print(count)
incs[1]()
print(gets[1](), gets[2](), gets[3]())
local seen = {}
for i = 1, 4 do
  seen[#seen + 1] = i
  local bump = function() i = i + 1 end
  bump()
end
print(table.concat(seen, ","))
local fs = {}
for i = 1, 2 do
  fs[i] = {inc = function() i = i + 1 end, get = function() return i end}
end
fs[1].inc()
print(fs[1].get(), fs[2].get())
