-- checks that local function f can call itself but local f = function cannot
local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
print(fact(5))
local g = function(n)
  if n <= 0 then return "done" end
  return g(n - 1)
end
local ok, err = pcall(g, 2)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
local h
h = function(n)
  if n <= 0 then return "h done" end
  return h(n - 1)
end
print(h(3))
local function countdown(n, acc)
  acc = acc or {}
  if n == 0 then return table.concat(acc, " ") end
  acc[#acc + 1] = n
  return countdown(n - 1, acc)
end
print(countdown(4))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(10))
