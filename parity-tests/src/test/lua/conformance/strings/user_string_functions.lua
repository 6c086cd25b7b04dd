-- checks user functions added to the string table become methods on every string value
function string.trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
function string.startsWith(s, prefix) return s:sub(1, #prefix) == prefix end
function string.split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
string.count = function(s, pat) return select(2, s:gsub(pat, "")) end
print("[" .. ("  padded  "):trim() .. "]")
print(("Path of Building"):startsWith("Path"), ("Path"):startsWith("Path of"))
local parts = ("a.b..c"):split(".")
print(#parts, table.concat(parts, "|"))
print(("banana"):count("a"), ("banana"):count("an"))
local s = "  chained  "
print(s:trim():upper():rep(2, "+"))
string.shout = function(self) return self:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
local ok, e = pcall(function() return ("hey"):shout() end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
