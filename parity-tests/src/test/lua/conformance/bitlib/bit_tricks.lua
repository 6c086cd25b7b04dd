-- checks classic bit tricks: popcount, power-of-two test, lowest set bit, parity and bit reversal
local function popcount(x)
  local n = 0
  while x ~= 0 do
    x = bit.band(x, x - 1)
    n = n + 1
  end
  return n
end
local function isPow2(x) return x > 0 and bit.band(x, x - 1) == 0 end
local function lowestBit(x) return bit.band(x, -x) end
local function reverse32(x)
  local r = 0
  for i = 0, 31 do
    r = bit.bor(bit.lshift(r, 1), bit.band(bit.rshift(x, i), 1))
  end
  return r
end
for _, v in ipairs({ 0, 1, 2, 3, 255, 256, 0x7fffffff, 1000 }) do
  print(v, popcount(v), isPow2(v), lowestBit(v), bit.tohex(reverse32(v)))
end
print(popcount(-1), popcount(bit.tobit(0x80000000)), lowestBit(bit.tobit(0x80000000)))
