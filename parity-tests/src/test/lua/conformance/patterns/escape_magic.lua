-- checks escaping magic characters so an arbitrary string can be used as a literal pattern
local function escape(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local samples = { "1+1=2", "50%", "a.b", "(x)", "[y]", "^$", "a-b*c?", "plain" }
for _, s in ipairs(samples) do
  local e = escape(s)
  local hay = "<<" .. s .. ">>"
  print(s, e, hay:find(e), hay:match(e) == s)
end
print(("%w+"):gsub("%%", "%%%%"))
print(("a.b.c"):gsub(escape("."), "/"))
print(("price: $5"):gsub(escape("$5"), "five dollars"))
