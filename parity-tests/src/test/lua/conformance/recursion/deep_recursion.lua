-- checks non-tail recursion to depth 5000
local function depth(n)
  if n == 0 then return 0 end
  return 1 + depth(n - 1)
end
print(depth(5000))
local function sumTo(n)
  if n == 0 then return 0 end
  return n + sumTo(n - 1)
end
print(sumTo(5000))
local function buildList(n)
  if n == 0 then return nil end
  return {value = n, next = buildList(n - 1)}
end
local list = buildList(5000)
local count, total = 0, 0
while list do count = count + 1; total = total + list.value; list = list.next end
print(count, total)
local function tailLoop(n, acc) if n == 0 then return acc end return tailLoop(n - 1, acc + 1) end
print(tailLoop(5000, 0))
print(tailLoop(4999, 1))
