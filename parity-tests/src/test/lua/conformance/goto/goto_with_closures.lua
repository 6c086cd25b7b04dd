-- checks closures created in a loop body that is continued with goto
local fns = {}
for i = 1, 6 do
  if i % 2 == 0 then goto continue end
  do
    local captured = i * 10
    fns[#fns + 1] = function() return captured end
  end
  ::continue::
end
print(#fns)
for k, f in ipairs(fns) do print(k, f()) end
local gs = {}
local n = 0
while n < 4 do
  n = n + 1
  local v = n
  gs[n] = function() return v end
  if n == 2 then goto continue end
  v = v + 100
  ::continue::
end
print(gs[1](), gs[2](), gs[3](), gs[4]())
