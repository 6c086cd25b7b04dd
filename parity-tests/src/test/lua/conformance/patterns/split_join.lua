-- checks split helpers built on gmatch and find, with empty fields and plain separators
local function split(s, sep)
  local out = {}
  local start = 1
  while true do
    local i, j = s:find(sep, start, true)
    if not i then out[#out + 1] = s:sub(start); break end
    out[#out + 1] = s:sub(start, i - 1)
    start = j + 1
  end
  return out
end
local function show(t) return #t .. ":" .. table.concat(t, "|") end
print(show(split("a,b,c", ",")))
print(show(split("a,,c,", ",")))
print(show(split("", ",")))
print(show(split("a.b.c", ".")))
print(show(split("one::two::three", "::")))
local words = {}
for w in ("  alpha  beta\tgamma\n"):gmatch("%S+") do words[#words + 1] = w end
print(show(words))
local fields = {}
for f in ("x;y;;z"):gmatch("([^;]*);?") do fields[#fields + 1] = f end
print(show(fields))
local lines = {}
for line in ("l1\nl2\n\nl4"):gmatch("[^\n]+") do lines[#lines + 1] = line end
print(show(lines))
