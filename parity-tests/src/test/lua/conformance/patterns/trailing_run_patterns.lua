-- checks patterns that are one repeated item and then "$" (trim's "%s+$"): the runtime takes their one
-- possible match, the run of the item's characters that ends the subject, without trying every position;
-- results, counts, replacements of every kind and errors must stay LuaJIT's
local function show(label, ...)
	local out = { }
	for i = 1, select("#", ...) do
		out[#out + 1] = string.format("%q", tostring((select(i, ...))))
	end
	print(label, select("#", ...), table.concat(out, " "))
end

local function try(label, f, ...)
	local ok, a, b, c = pcall(f, ...)
	print(label, ok, tostring(a), tostring(b), tostring(c))
end

local subjects = {
	"", " ", "   ", "a", "a ", "a b", "a b  ", " \t\n", "+10 to Life \t ", "x y z", "trailing\r\n",
	"abc123", "123", "12a", "\0 ", " \0", "\200\200", "caf\233 ", "a  b  c  ",
}
local patterns = { "%s+$", "%d+$", "%a+$", "[%d%.]+$", "[^ ]+$", ".+$", "a+$", "%S+$", "\0+$", "[\200-\255]+$" }

for _, p in ipairs(patterns) do
	for _, s in ipairs(subjects) do
		show("gsub " .. p, s:gsub(p, ""))
		show("gsub<> " .. p, s:gsub(p, "<%0>"))
		show("find " .. p, s:find(p))
		show("match " .. p, s:match(p))
	end
end

-- the replacement count argument, every kind of replacement, captures that do not exist
show("n0", ("ab  "):gsub("%s+$", "", 0))
show("n1", ("ab  "):gsub("%s+$", "", 1))
show("n-1", ("ab  "):gsub("%s+$", "", -1))
show("fn", ("ab  "):gsub("%s+$", function(w) return "[" .. #w .. "]" end))
show("fn nil", ("ab  "):gsub("%s+$", function() return nil end))
show("fn false", ("ab  "):gsub("%s+$", function() return false end))
show("table", ("ab12"):gsub("%d+$", { ["12"] = "twelve" }))
show("table miss", ("ab13"):gsub("%d+$", { ["12"] = "twelve" }))
show("%1", ("ab  "):gsub("%s+$", "(%1)"))
try("%2", function() return ("ab  "):gsub("%s+$", "%2") end)
try("fn error", function() return ("ab  "):gsub("%s+$", function() error("boom", 0) end) end)
try("table value", function() return ("ab12"):gsub("%d+$", { ["12"] = { } }) end)

-- init for find and match: inside, before and after the run, negative, past the end
for _, init in ipairs({ 1, 3, 4, 5, 6, 7, -1, -2, -10, 100 }) do
	show("find init " .. init, ("ab   "):find("%s+$", init))
	show("match init " .. init, ("ab   "):match("%s+$", init))
end

-- near shapes that are not the fast path, compared all the same
for _, p in ipairs({ "%s*$", "%s-$", "%s?$", "(%s+)$", "^%s+$", "%s+$x", "%s+%s$", "%s+", "$", "%s$" }) do
	show("near " .. p, ("ab  "):gsub(p, "."))
	show("near find " .. p, ("ab  "):find(p))
end

-- gmatch over the same patterns
for _, s in ipairs({ "ab  ", "  ", "" }) do
	local found = { }
	for m in s:gmatch("%s+$") do
		found[#found + 1] = "[" .. m .. "]"
	end
	print("gmatch", string.format("%q", s), table.concat(found, ","))
end

-- malformed items raise their errors as before
try("malformed set", function() return ("ab  "):gsub("[%s+$", "") end)
try("malformed escape", function() return ("ab  "):find("%") end)
try("malformed find", function() return ("ab  "):match("[a+$") end)

-- a chain as trim writes it
for _, s in ipairs(subjects) do
	show("trim", (s:gsub("^%s+", ""):gsub("%s+$", "")))
end
