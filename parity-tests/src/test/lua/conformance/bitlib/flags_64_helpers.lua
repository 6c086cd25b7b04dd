-- checks 64-bit flag helpers on doubles that split values into high/low 32-bit halves (PoB's AND64/OR64 style)
local TWO32 = 2 ^ 32
local function split(v) return math.floor(v / TWO32), v % TWO32 end
local function join(h, l) return (h % TWO32) * TWO32 + (l % TWO32) end
local function AND64(a, b)
  local ah, al = split(a)
  local bh, bl = split(b)
  return join(bit.band(ah, bh), bit.band(al, bl))
end
local function OR64(a, b)
  local ah, al = split(a)
  local bh, bl = split(b)
  return join(bit.bor(ah, bh), bit.bor(al, bl))
end
local function XOR64(a, b)
  local ah, al = split(a)
  local bh, bl = split(b)
  return join(bit.bxor(ah, bh), bit.bxor(al, bl))
end
local function hex64(v) local h, l = split(v) return bit.tohex(h) .. bit.tohex(l) end
local A = 2 ^ 40 + 2 ^ 31 + 5
local B = 2 ^ 40 + 2 ^ 33 + 2 ^ 31 + 4
print(hex64(A), hex64(B))
print(hex64(AND64(A, B)), AND64(A, B))
print(hex64(OR64(A, B)), OR64(A, B))
print(hex64(XOR64(A, B)), XOR64(A, B))
print(AND64(2 ^ 52, 2 ^ 52) == 2 ^ 52, OR64(0, 2 ^ 52 + 1) == 2 ^ 52 + 1, AND64(2 ^ 52, 1))
local naive = bit.band(2 ^ 31 + 1, 2 ^ 31 + 3)
print("naive band of low halves", naive, naive % TWO32)
