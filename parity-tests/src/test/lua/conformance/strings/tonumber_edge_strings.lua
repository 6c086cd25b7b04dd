-- checks tonumber on strings with spaces, signs, hex, exponents, dots and junk
local inputs = { "10", "  10  ", "\t5\n", "-7", "+7", "- 7", "0x1F", "0X1f", "-0x10", "0x", "1e2", "1E-2", "1e",
  ".5", "5.", ".", "1..2", "1.5e+3", "0x1p4", "0x.8", "12abc", "abc", "", " ", "1 2", "0b101", "1_000", "inf", "nan" }
for _, s in ipairs(inputs) do
  local n = tonumber(s)
  print(string.format("%-10q -> %s", s, tostring(n)))
end
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(5), tonumber(-0.0))
