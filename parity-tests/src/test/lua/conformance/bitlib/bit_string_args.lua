-- checks bit functions accepting numeric strings (decimal, hex, padded) as arguments
print(bit.band("255", "15"), bit.bor("0x10", 1), bit.bxor(" 7 ", "2"))
print(bit.lshift("1", "4"), bit.rshift("256", 4), bit.tohex("4095"))
print(bit.tobit("4294967295"), bit.tobit("-1"), bit.bnot("0"))
print(bit.rol("1", 1), bit.bswap("1"), bit.tohex("255", "-4"))
local fields = {}
for hex in ("ff 10 7f 80"):gmatch("%x+") do fields[#fields + 1] = bit.band("0x" .. hex, 0x0f) end
print(table.concat(fields, " "))
print(bit.arshift("-256", "4"), bit.ror("0x80000000", "31"), bit.tobit("1e3"))
