-- checks recursive factorial for small and large n
local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
for _, n in ipairs({0, 1, 5, 10, 15}) do print(n, fact(n)) end
print(fact(20))
print(fact(25))
print(fact(170) < math.huge, fact(171))
local function factAcc(n, acc)
  if n <= 1 then return acc end
  return factAcc(n - 1, acc * n)
end
print(factAcc(12, 1))
