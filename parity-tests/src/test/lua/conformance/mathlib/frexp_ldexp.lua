-- checks math.frexp and math.ldexp, including zero, negatives, infinities and round trips
local function fx(v) local m, e = math.frexp(v); print(v, m, e) end
fx(8)
fx(1)
fx(0.5)
fx(-3)
fx(0.1)
fx(0)
fx(1e300)
fx(2^-1074)
print(math.ldexp(1, 10), math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(-1.5, 3))
print(math.ldexp(1, 1023), math.ldexp(1, 1024), math.ldexp(1, -1074), math.ldexp(1, -1075))
print(math.ldexp(0, 100), math.ldexp(1.5, 2.9))
for _, v in ipairs({ 123.456, -0.001, 2^40 + 1, 7 }) do
  local m, e = math.frexp(v)
  print(v, math.ldexp(m, e) == v, m >= 0.5 or m <= -0.5)
end
local m, e = math.frexp(math.huge)
print(m, e)
