-- checks several trim implementations built from patterns agree on tricky inputs
local function trim1(s) return (s:gsub("^%s*(.-)%s*$", "%1")) end
local function trim2(s) return s:match("^%s*(.-)%s*$") end
local function trim3(s) local from = s:match("^%s*()"); return from > #s and "" or s:match(".*%S", from) end
local function ltrim(s) return (s:gsub("^%s+", "")) end
local function rtrim(s) return (s:gsub("%s+$", "")) end
local inputs = { "  hi  ", "hi", "", "   ", "\t a b \n", "x ", " x", "\0 z" }
for i, s in ipairs(inputs) do
  local a, b, c = trim1(s), trim2(s), trim3(s)
  print(i, "[" .. a .. "]", a == b and b == c, "[" .. ltrim(s) .. "]", "[" .. rtrim(s) .. "]")
end
