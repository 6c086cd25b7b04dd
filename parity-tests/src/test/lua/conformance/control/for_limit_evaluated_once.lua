-- checks that for limit and step are evaluated once and the loop var copy is independent
local evals = 0
local function limit() evals = evals + 1; return 3 end
for i = 1, limit() do end
print(evals)
local n = 3
local iters = 0
for i = 1, n do
  n = 10
  iters = iters + 1
end
print(iters, n)
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 100
end
print(table.concat(seen, ","))
local t = {1, 2, 3}
local visits = 0
for i = 1, #t do
  t[#t + 1] = i
  visits = visits + 1
end
print(visits, #t)
local stepEvals = 0
for i = 1, 4, (function() stepEvals = stepEvals + 1; return 2 end)() do end
print(stepEvals)
