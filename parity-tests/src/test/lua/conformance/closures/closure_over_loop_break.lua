-- checks closures created in a loop that exits early with break
local fns = {}
for i = 1, 10 do
  fns[#fns + 1] = function() return i end
  if i == 3 then break end
end
print(#fns, fns[1](), fns[2](), fns[3]())
local captured
local k = 0
while true do
  k = k + 1
  local inner = k * 7
  if k == 4 then
    captured = function() return inner, k end
    break
  end
end
print(captured())
k = 100
print(captured())
local gens = {}
for _, word in ipairs({"x", "y", "stop", "z"}) do
  if word == "stop" then break end
  gens[#gens + 1] = function() return word end
end
print(#gens, gens[1](), gens[2]())
print(fns[3]() + fns[1]())
