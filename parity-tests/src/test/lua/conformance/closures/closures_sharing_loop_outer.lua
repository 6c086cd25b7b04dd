-- checks closures from different iterations sharing a variable declared outside the loop
local shared = 0
local fns = {}
for i = 1, 3 do
  fns[i] = function() shared = shared + i; return shared end
end
print(fns[1](), fns[2](), fns[3]())
print(shared)
local perIter = {}
for i = 1, 3 do
  local own = 0
  perIter[i] = function() own = own + i; return own end
end
print(perIter[1](), perIter[1](), perIter[3](), perIter[3]())
print(perIter[2](), perIter[2]())
shared = 100
print(fns[1](), fns[3]())
print(shared)
