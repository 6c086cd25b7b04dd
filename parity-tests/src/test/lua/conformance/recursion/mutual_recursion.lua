-- checks mutual recursion between local functions declared ahead
local isEven, isOdd
function isEven(n)
  if n == 0 then return true end
  return isOdd(n - 1)
end
function isOdd(n)
  if n == 0 then return false end
  return isEven(n - 1)
end
print(isEven(0), isOdd(0))
print(isEven(7), isOdd(7))
print(isEven(100), isOdd(100))
print(isEven(1001))
local ping, pong
local trace = {}
ping = function(n) trace[#trace + 1] = "ping" .. n; if n > 0 then return pong(n - 1) end end
pong = function(n) trace[#trace + 1] = "pong" .. n; if n > 0 then return ping(n - 1) end end
ping(4)
print(table.concat(trace, " "))
