-- An error raised inside an expression that spans several lines (a constructor's items, a call's
-- arguments) names, in LuaJIT, the line of the failing operation. Listed in KnownDifferences: the
-- generated code names the line where the statement starts.
local function boom(msg) error(msg, 2) end
local missing
local function build(which)
	local t = {
		a = 1,
		b = which == "b" and boom("item b") or 2,
		c = { 1, 2, 3 },
		d = "four",
		e = which == "e" and missing.field or 5,
		f = { x = 1, y = 2 },
		g = "seven",
		h = which == "h" and (1 + {}) or 8,
		i = { "nine" },
		j = "ten",
		k = which == "k" and boom("item k") or 11,
		l = { 12 },
		m = which == "m" and missing() or 13,
	}
	return t
end
for _, which in ipairs({ "b", "e", "h", "k", "m", "none" }) do
	local ok, err = pcall(build, which)
	print(which, ok, ok and err.m or err)
end

local function pass(...) return ... end
print(pcall(function()
	local y = pass(1,
		2,
		missing + 1)
	return y
end))
