-- checks PoB-style keyword flag matching with flags above bit 31, using 64-bit helpers on doubles
local TWO32 = 2 ^ 32
local function band64(a, b)
  local ah, al = math.floor(a / TWO32), a % TWO32
  local bh, bl = math.floor(b / TWO32), b % TWO32
  return (bit.band(ah, bh) % TWO32) * TWO32 + bit.band(al, bl) % TWO32
end
local function bor64(...)
  local h, l = 0, 0
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    h = bit.bor(h, math.floor(v / TWO32))
    l = bit.bor(l, v % TWO32)
  end
  return (h % TWO32) * TWO32 + l % TWO32
end
local KeywordFlag = { Aura = 2 ^ 0, Curse = 2 ^ 1, Fire = 2 ^ 30, Cold = 2 ^ 31, Lightning = 2 ^ 32, Chaos = 2 ^ 40, MatchAll = 2 ^ 50 }
local function matchKeywordFlags(keywordFlags, modKeywordFlags)
  local matchAll = band64(modKeywordFlags, KeywordFlag.MatchAll) ~= 0
  local modFlags = band64(modKeywordFlags, bor64(KeywordFlag.Aura, KeywordFlag.Curse, KeywordFlag.Fire, KeywordFlag.Cold, KeywordFlag.Lightning, KeywordFlag.Chaos))
  if matchAll then return band64(keywordFlags, modFlags) == modFlags end
  return modFlags == 0 or band64(keywordFlags, modFlags) ~= 0
end
local skill = bor64(KeywordFlag.Cold, KeywordFlag.Lightning, KeywordFlag.Aura)
local mods = {
  { "cold", KeywordFlag.Cold }, { "lightning", KeywordFlag.Lightning }, { "chaos", KeywordFlag.Chaos },
  { "fire or chaos", bor64(KeywordFlag.Fire, KeywordFlag.Chaos) },
  { "cold and lightning", bor64(KeywordFlag.Cold, KeywordFlag.Lightning, KeywordFlag.MatchAll) },
  { "cold and chaos", bor64(KeywordFlag.Cold, KeywordFlag.Chaos, KeywordFlag.MatchAll) }, { "any", 0 },
}
print(skill, string.format("%.0f", skill))
for _, m in ipairs(mods) do print(m[1], matchKeywordFlags(skill, m[2])) end
