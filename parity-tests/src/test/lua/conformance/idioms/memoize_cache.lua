-- checks a memoising cache keyed by composed strings, with hit/miss counters and invalidation
local calls, hits = 0, 0
local cache = {}
local function expensive(a, b) calls = calls + 1; return a * 100 + b end
local function cached(a, b)
  local key = a .. "|" .. b
  local v = cache[key]
  if v ~= nil then hits = hits + 1; return v end
  v = expensive(a, b)
  cache[key] = v
  return v
end
local results = {}
for _, pair in ipairs({ { 1, 2 }, { 3, 4 }, { 1, 2 }, { 1, 2 }, { 3, 4 }, { 5, 6 } }) do
  results[#results + 1] = cached(pair[1], pair[2])
end
print(table.concat(results, " "), calls, hits)
local keys = {}
for k in pairs(cache) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
cache["1|2"] = nil
print(cached(1, 2), calls, hits)
local fib
local memo = {}
fib = function(n)
  if n <= 2 then return 1 end
  if memo[n] then return memo[n] end
  local v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
print(fib(50), fib(78))
local memoCount = 0
for _ in pairs(memo) do memoCount = memoCount + 1 end
print("memo entries", memoCount, memo[3], memo[10])
print(string.format("%.0f", fib(78)), fib(78) == 8944394323791464)
