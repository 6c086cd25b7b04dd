-- checks a djb2-style string hash kept in 32 bits with bit.tobit, and bucket selection with band
local function djb2(s)
  local h = 5381
  for i = 1, #s do
    h = bit.tobit(h * 33 + s:byte(i))
  end
  return h
end
local function fnvLike(s)
  local h = 0x811c9dc5
  for i = 1, #s do
    h = bit.bxor(h, s:byte(i))
    h = bit.tobit(bit.lshift(h, 5) + bit.rshift(h, 2) + h)
  end
  return h
end
for _, s in ipairs({ "", "a", "Life", "Armour", "Energy Shield", "increased maximum Life" }) do
  local h = djb2(s)
  print(string.format("%-24s %12d %s %3d %s", "[" .. s .. "]", h, bit.tohex(h), bit.band(h, 255), bit.tohex(fnvLike(s))))
end
