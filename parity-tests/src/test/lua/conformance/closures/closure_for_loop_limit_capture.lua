-- checks closures capturing values used to compute loop limits and steps
local n = 3
local fns = {}
for i = 1, n do
  fns[i] = function() return i, n end
end
n = 99
print(fns[1]())
print(fns[3]())
local step = 2
local collected = {}
for i = 1, 7, step do
  collected[#collected + 1] = function() return i * step end
end
step = 0
local out = {}
for _, f in ipairs(collected) do out[#out + 1] = f() end
print(table.concat(out, ","), #collected)
local downs = {}
for i = 3, 1, -1 do downs[#downs + 1] = function() return i end end
print(downs[1](), downs[2](), downs[3]())
local lim = 2
local made = 0
for i = 1, lim do
  lim = 10
  made = made + 1
end
print(made, lim)
