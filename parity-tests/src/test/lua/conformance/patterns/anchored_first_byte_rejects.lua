-- checks anchored patterns whose first item cannot match the subject's first byte: the runtime answers
-- "no match" without a matcher, and must still give LuaJIT's results and errors in every other case
local function show(label, ...)
	local out = { }
	for i = 1, select("#", ...) do
		out[#out + 1] = tostring((select(i, ...)))
	end
	print(label, select("#", ...), table.concat(out, " "))
end

local function try(label, f, ...)
	local ok, a, b, c = pcall(f, ...)
	print(label, ok, tostring(a), tostring(b), tostring(c))
end

-- header patterns over lines that do and do not start with them
local lines = { "{variant:1}+10 to Life", "+10 to Life", "Quality: +20%", "20% increased Armour", "", " Rune: x" }
for _, line in ipairs(lines) do
	show("tag", line:match("^{([^}]*)}(.*)$"))
	show("key", line:match("^([%a ]+): (.*)$"))
	show("find", line:find("^%a+"))
	show("gsub", line:gsub("^%s+", ""))
	show("trim", (line:gsub("^%s+", ""):gsub("%s+$", "")))
end

-- captures before the first item: plain, position, nested
show("pos", ("abc"):match("^()b"))
show("pos2", ("bbc"):match("^()b()"))
show("nested", ("xyz"):match("^((%d)+)"))
show("nested2", ("12z"):match("^((%d)+)"))

-- init past the start, at the end, and beyond it
show("init", ("ab12"):match("^%d+", 3))
show("init2", ("ab12"):match("^%d+", 2))
show("init end", ("ab"):match("^.", 3))
show("init beyond", ("ab"):find("^a", 10))
show("neg init", ("ab12"):find("^%d", -2))
show("empty subject", (""):match("^a"))
show("empty subject set", (""):find("^[%a]"))

-- first items that may match nothing: no early answer
show("star", ("xyz"):match("^a*"))
show("optional", ("xyz"):find("^a?"))
show("lazy", ("xyz"):match("^a-"))
show("anchor only", ("xyz"):find("^"))
show("dollar", (""):find("^$"))
show("frontier", ("xyz"):find("^%f[%a]"))
show("balance", ("(x)"):find("^%b()"))
show("backref", ("aa"):find("^(a)%1"))

-- sets: negated, ranges, classes, escapes
show("negset", ("}x"):match("^[^}]"))
show("range", ("Q"):match("^[a-z]"))
show("class upper", ("Q"):match("^%u"))
show("escaped", ("%x"):match("^%%(.)"))
show("dot", ("\n"):match("^."))

-- errors: a malformed first item raises whatever the subject; a malformed later part only when reached
try("bad set", string.match, "xyz", "^[a")
try("bad escape", string.find, "xyz", "^%")
try("late bad set, no match", string.match, "xyz", "^a[")
try("late bad set, reached", string.match, "ayz", "^a[")
try("unfinished capture, no match", string.match, "xyz", "^(a")
try("unfinished capture, reached", string.match, "ayz", "^(a")
local many = "^" .. string.rep("(", 33) .. "a" .. string.rep(")", 33)
try("too many captures", string.match, "xyz", many)
local enough = "^" .. string.rep("(", 32) .. "a" .. string.rep(")", 32)
try("32 captures, no match", string.match, "xyz", enough)
try("32 captures, match", function(s, p) return select("#", s:match(p)) end, "ayz", enough)
try("bad replacement, no match", string.gsub, "xyz", "^a", "%9")
try("bad replacement, match", string.gsub, "ayz", "^a", "%9")
try("gsub max 0", string.gsub, "ayz", "^a", "b", 0)
try("gsub function, no match", string.gsub, "xyz", "^a", function() error("called") end)

-- bytes above 127 and NUL
show("high byte", ("\200x"):match("^[\200-\255]"))
show("high byte no", ("x\200"):match("^[\200-\255]"))
show("nul", ("\0a"):find("^%z"))
show("nul pattern", ("ab"):find("^a\0b"))
