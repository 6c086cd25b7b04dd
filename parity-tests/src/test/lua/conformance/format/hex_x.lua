-- checks %x and %X with widths, zero padding, # and negative numbers (64-bit two's complement)
local f = string.format
print(f("%x", 255), f("%X", 255), f("%x", 0))
print(f("%02X", 10), f("%02X", 255), f("%02x", 4096))
print(f("%08x", 48879), f("%-8x|", 48879), f("%8X|", 48879))
print(f("%#x", 255), f("%#X", 255), f("%#x", 0), f("%#08x", 255))
print(f("%x", -1))
print(f("%X", -255))
print(f("%x", -2^31), f("%x", 2^31))
print(f("%x", 0xFFFFFFFF), f("%x", 2^32))
print(f("%x", 2^53 - 1))
print(f("%.4x", 10), f("%6.4x|", 10))
local bytes = { 222, 173, 190, 239 }
local hex = {}
for i, b in ipairs(bytes) do hex[i] = f("%02x", b) end
print(table.concat(hex))
print(f("#%02X%02X%02X", 255, 128, 0))
