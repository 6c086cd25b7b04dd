-- checks string comparison is bytewise unsigned: bytes >= 128 sort after ASCII, \0 sorts first
print("\128" > "\127", "\255" > "\128", "\200" > "z")
print("a\0" > "a", "a\0b" < "a\1", "" < "\0")
print("abc" < "abd", "ab" < "abc", "abc" < "b", "Z" < "a")
print("\0a" < "\0b", "a\0a" < "a\0b")
local words = { "zeta", "\200x", "Alpha", "alpha", "\0first", "beta", "\255", "a\0", "a" }
table.sort(words)
local out = {}
for i, w in ipairs(words) do
  out[i] = (w:gsub("[%z\128-\255]", function(c) return "<" .. c:byte() .. ">" end))
end
print(table.concat(out, " "))
print(("\128"):byte() > ("a"):byte())
print(math.max(("\200"):byte(), ("\100"):byte()))
