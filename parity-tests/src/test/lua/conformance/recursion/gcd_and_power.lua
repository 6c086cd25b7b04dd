-- checks recursive gcd, fast exponentiation and binary digits
local function gcd(a, b)
  if b == 0 then return a end
  return gcd(b, a % b)
end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
local function pow(b, e)
  if e == 0 then return 1 end
  local half = pow(b, math.floor(e / 2))
  if e % 2 == 0 then return half * half end
  return half * half * b
end
print(pow(2, 10), pow(3, 13), pow(2, 60))
print(pow(7, 0), pow(1.5, 3))
local function bin(n)
  if n < 2 then return tostring(n) end
  return bin(math.floor(n / 2)) .. tostring(n % 2)
end
print(bin(0), bin(5), bin(255), bin(1024))
local function digits(n) if n < 10 then return 1 end return 1 + digits(math.floor(n / 10)) end
print(digits(7), digits(12345), digits(2^40))
