-- checks greedy repetition backtracking, where the runtime skips attempts whose first character cannot
-- start what follows the repeated item (through capture openings and closings): results, captures and
-- errors must be LuaJIT's
local function show(label, ...)
	local out = { }
	for i = 1, select("#", ...) do
		out[#out + 1] = tostring((select(i, ...)))
	end
	print(label, select("#", ...), table.concat(out, " | "))
end

local function try(label, f, ...)
	local ok, a, b, c = pcall(f, ...)
	print(label, ok, tostring(a), tostring(b), tostring(c))
end

local lines = { "Quality: +20%", "Item Level: 80", "Adds 5 to 10 Physical Damage", "Corrupted", "a: b: c",
	"Rarity:", "Rarity: ", "no colon here at all", ": leading", "x:y", "" }
for _, line in ipairs(lines) do
	show("kv", line:match("^([%a ]+): (.*)$"))
	show("key", line:match("^([%a ]+): "))
	show("last colon", line:match("^(.*):"))
	show("pos", line:match("^[%a ]+()%s"))
	show("find", line:find("[%a ]+:"))
end

-- continuations through several captures, position captures and nested closes
show("nested", ("key: value"):match("^((%a+)): (%a+)$"))
show("closes", ("aaa-b"):match("^((a+))-(b)"))
show("position", ("aaa!b"):match("^a+()!()b"))
show("opens", ("abc123"):match("^(%a*)((%d))"))
show("set", ("xxxy]"):match("^(x*)([%]y])"))
show("neg set", ("aaab"):match("^(a*)([^a])"))
show("class", ("abc  def"):match("^(%S*)(%s+)(.*)$"))
show("dot next", ("abcd"):match("^(.+)(.)$"))
show("lazy next", ("aaab"):match("^(a+)(a-)b"))
show("optional next", ("aaab"):match("^(a+)(x?)b"))
show("star next", ("aaab"):match("^(a+)(x*)b"))
show("anchor end", ("aaa"):match("^(a*)$"))
show("frontier next", ("aa bb"):match("^(.*)%f[%a]"))
show("balance next", ("a(b)c(d)"):match("^(.*)%b()"))
show("backref next", ("abab"):match("^(.*)%1"))
show("backref2", ("xyxy"):match("^(..)%1$"))
show("nul next", ("ab\0c"):match("^(.*)%z"))
show("high next", ("ab\200c"):match("^(.*)\200"))
show("gsub", ("a: b: c"):gsub("[%a ]+:", "<%0>"))
show("gmatch", (function() local r = { } for k, v in ("a: 1, bb: 2"):gmatch("(%a+): (%d)") do r[#r + 1] = k .. "=" .. v end return table.concat(r, ",") end)())

-- errors raised on the first attempt are raised whatever follows
try("bad set after", string.match, "aaa", "^a+[")
try("close without open", string.match, "aaa", "^a+)")
try("bad escape after", string.match, "aaa", "a*%")
try("unfinished capture", string.match, "aaab", "^(a+(b)")
try("invalid capture index", string.match, "aaab", "^a+%2")
