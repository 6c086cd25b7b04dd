-- checks naive, memoised and iterative fibonacci agree
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local memo = {}
local function mfib(n)
  if n < 2 then return n end
  local v = memo[n]
  if v then return v end
  v = mfib(n - 1) + mfib(n - 2)
  memo[n] = v
  return v
end
local function ifib(n)
  local a, b = 0, 1
  for _ = 1, n do a, b = b, a + b end
  return a
end
for _, n in ipairs({0, 1, 2, 10, 20}) do print(n, fib(n), mfib(n), ifib(n)) end
print(mfib(70), ifib(70))
print(mfib(78) == ifib(78))
