-- checks Path of Building-style rounding helpers built on math.floor and string.format
local function round(val, dec)
  if dec then
    return math.floor(val * 10 ^ dec + 0.5) / 10 ^ dec
  end
  return math.floor(val + 0.5)
end
local function truncate(v) return v >= 0 and math.floor(v) or math.ceil(v) end
local function roundSym(v) return v >= 0 and math.floor(v + 0.5) or -math.floor(-v + 0.5) end
local values = { 1.4, 1.6, -1.4, -1.6, 2.345, -2.345, 99.95, 0.1 + 0.2, 1234.5678, -0.0001 }
for _, v in ipairs(values) do
  print(v, round(v), round(v, 1), round(v, 2), truncate(v), roundSym(v))
end
print(round(-2.5), round(2.5), roundSym(-2.5))
