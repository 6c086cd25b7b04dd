-- checks tostring/tonumber round trips of integers, floats and values that lose digits at %.14g
local values = { 0, 1, -1, 42, 0.5, -0.25, 1e100, 1e-100, 2^53, 123456789, 0.1, 1 / 3, math.pi, 1e15, 1e16, -0.0 }
for _, v in ipairs(values) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, tostring(back) == s)
end
print(tostring(123), tostring("123"), tonumber("123") == 123)
print(tostring(nil), tostring(true), tostring(false))
