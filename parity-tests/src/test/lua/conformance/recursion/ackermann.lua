-- checks the Ackermann function for small arguments
local calls = 0
local function ack(m, n)
  calls = calls + 1
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(0, 0))
print(ack(1, 2))
print(ack(2, 3))
print(calls)
calls = 0
print(ack(2, 2), calls)
calls = 0
print(ack(3, 3), calls)
