-- checks that a local declared inside a while body is fresh per iteration
local fns = {}
local i = 1
while i <= 4 do
  local captured = i * i
  fns[i] = function() return captured end
  i = i + 1
end
print(fns[1](), fns[2](), fns[3](), fns[4]())
local shared = {}
local j = 1
while j <= 3 do
  shared[j] = function() return j end
  j = j + 1
end
print(shared[1](), shared[2](), shared[3]())
local r = {}
local n = 0
repeat
  n = n + 1
  local copy = n
  r[n] = function() return copy end
until n == 3
print(r[1](), r[2](), r[3]())
print(fns[4]() - fns[1](), j, n)
local ws = {}
local w = 0
while w < 2 do
  w = w + 1
  local me = w
  ws[w] = function() me = me + 10; return me end
end
print(ws[1](), ws[1](), ws[2]())
