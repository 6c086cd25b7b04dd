-- Searches that try every start position (gsub, find, match without '^') skip positions where the
-- pattern's first single-character item cannot match; results, counts and errors must not change.
local subjects = { "", "   ", "a b  c   ", "  lead", "trail  ", "x", "12.5-30 (4-8)", "a$b$", "%d%", "\0z\0" }
local patterns = {
  "%s+$", "%s+", "%d+", "[%d%.]+", "x", ".", "a$", "$a", "%%", "%%d", "[^%s]+", "%a+%s*", "z",
  "%z", "%s", "b?", "c*", "%d-", "()x", "(%d+)%-(%d+)", "[x-z]+", "\0", "%S+$",
}
local function show(...)
  local t = { ... }
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  return table.concat(t, ",")
end
for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    print(string.format("%q %q", s, p), show(s:gsub(p, "<%0>")), show(s:gsub(p, "", 1)),
      show(s:find(p)), show(s:find(p, 3)), show(s:find(p, 100)), show(s:match(p)), show(s:match(p, -2)))
  end
end
-- trim, the idiom that made this worth doing
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
print("[" .. trim("  some text \t\n") .. "]", "[" .. trim("") .. "]", "[" .. trim(" ") .. "]")
-- malformed patterns still fail, with the same messages, whether or not a start position matches
for _, p in ipairs({ "%", "[a", "[", "x%", "x(", "x)", " (", "%s+(", "a%1" }) do
  for _, s in ipairs({ "", "abc", "x y" }) do
    print(p, s, pcall(string.gsub, s, p, "r"))
    print(p, s, pcall(string.find, s, p))
    print(p, s, pcall(string.match, s, p, 10))
  end
end
