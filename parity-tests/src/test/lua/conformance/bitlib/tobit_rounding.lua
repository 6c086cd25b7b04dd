-- checks bit.tobit on fractional values (rounded to nearest, ties to even) and on NaN/infinities
print(bit.tobit(0.4), bit.tobit(0.5), bit.tobit(0.6), bit.tobit(1.5), bit.tobit(2.5), bit.tobit(3.5))
print(bit.tobit(-0.5), bit.tobit(-1.5), bit.tobit(-2.5), bit.tobit(-2.6))
print(bit.tobit(1.25), bit.tobit(1.75), bit.tobit(4294967295.5), bit.tobit(2147483647.5))
print(bit.tobit(0 / 0), bit.tobit(math.huge), bit.tobit(-math.huge))
print(bit.band(2.5, 7), bit.bor(0.5, 0), bit.lshift(1.5, 1), bit.tohex(1.5), bit.tohex(2.5))
print(bit.lshift(1, 2.9), bit.lshift(1, 31.5))
local r = {}
for i = -3, 3 do r[#r + 1] = bit.tobit(i + 0.5) end
print(table.concat(r, " "))
print(bit.tobit(2^31 - 0.5), bit.tobit(-2^31 - 0.5), bit.tobit(1e-300))
