-- Calls with fixed arguments whose every result is wanted, made at their call site: multiple assignment,
-- tail calls, table constructors and last arguments; library fast bodies for several results
-- (find, match); error positions and names through tail calls with fixed arguments.
local function show(...)
	local parts = {select("#", ...)}
	for i = 1, select("#", ...) do
		parts[#parts + 1] = tostring((select(i, ...)))
	end
	print(table.concat(parts, " "))
end

-- Callees of every result shape, called with 0 to 6 fixed arguments.
local function none() end
local function one(a) return a end
local function two(a, b) return a, b end
local function many(...) return ... end
local function sum6(a, b, c, d, e, f) return a + b + c + d + e + f, f end
show(none())
show(one())
show(one(1, 2, 3))
show(two(1))
show(two(1, 2, 3))
show(many())
show(many(1, nil, 3, nil))
show(sum6(1, 2, 3, 4, 5, 6))
show(many(1, 2, 3, 4, 5, 6, 7))
local a, b, c = two("x", "y")
print(a, b, c)
local t = {one(1), two(2, 3), many(4, 5, 6)}
print(#t, t[1], t[2], t[3], t[4], t[5], t[6])

-- Tail calls with fixed arguments.
local function tail0() return many() end
local function tail1(x) return two(x, x * 2) end
local function tail3(x) return many(x, nil, x) end
show(tail0())
show(tail1(4))
show(tail3(5))

-- Methods.
local Obj = {}
Obj.__index = Obj
function Obj.new(n) return setmetatable({n = n}, Obj) end
function Obj:pair(k) return self.n, k end
function Obj:again(k) return self:pair(k) end
function Obj:first(k) return (self:pair(k)) end
local o = Obj.new(7)
show(o:pair("k"))
show(o:again("j"))
show(o:first("i"))
local p, q = o:pair(1)
print(p, q)

-- string.find and string.match for every result: start positions, plain flags, captures, misses.
local s = "key=value; other = 12"
show(s:find("="))
show(s:find("=", 5))
show(s:find("=", -5))
show(s:find("=", 100))
show(s:find("(%a+)%s*=%s*(%d+)"))
show(s:find(".", 1, true))
show(s:find("; ", 1, true))
show(s:find("%a+", 1, false))
show(s:find("%a+", 1, nil))
show(s:find("%a+", 1, 0))
show(s:find("=", 2.7))
show(s:find("=", "3"))
show(s:find("missing", 1, true))
show(s:match("(%a+)=(%a+)"))
show(s:match("%d+"))
show(s:match("(%a+)", 5))
show(s:match("(%a+)", -5))
show(s:match("()o()"))
show(s:match("nothing"))
show(string.find(12345, 3))
show(string.match(12345, "(%d)(%d)"))
local function split(str, sep)
	local out, start = {}, 1
	while true do
		local first, last = str:find(sep, start, true)
		if not first then
			out[#out + 1] = str:sub(start)
			return out
		end
		out[#out + 1] = str:sub(start, first - 1)
		start = last + 1
	end
end
print(table.concat(split("a,b,,c", ","), "|"), #split("", ","), table.concat(split("x--y--", "--"), "|"))

-- Errors: bad arguments to find/match for every result name the callee as the call site does.
print(pcall(function() local x, y = s:find({}) end))
print(pcall(function() local x, y = s:find("=", {}) end))
print(pcall(function() local x, y = s:match(nil) end))
print(pcall(function() local x, y = s:match("x", "y") end))
local find = string.find
print(pcall(function() local x, y = find(nil, "x") end))
print(pcall(function() return find(nil, "x") end))
print(pcall(function() return s:find({}) end))
print(pcall(function() local v = nil; return v(1, 2) end))
print(pcall(function() local v = nil; local x, y = v(1, 2); return x end))
print(pcall(function() return o:nothing(1) end))

-- error(msg, 2) from a tail-called function skips the caller that made the tail call, as in LuaJIT.
local function check(v, w) if not v then error("check failed", 2) end return v, w end
local function viaTail(v) return check(v, 1) end
local function viaLocal(v) local r, w = check(v, 1); return r, w end
local function viaMethodTail(v) return Obj.check(o, v) end
function Obj.check(self, v) if not v then error("method check failed", 2) end return v end
print(pcall(viaTail, false))
print(pcall(viaLocal, false))
print(pcall(viaMethodTail, false))
show(viaTail(true))
show(viaLocal(true))

-- A call as the last argument: its results are counted at run time (one, none, several, a direct call).
local function cnt(...) return select("#", ...) end
local Counter = {count = function(self, ...) return select("#", ...), ... end}
show(cnt(one(1)), cnt(two(1, 2)), cnt(none()), cnt(1, one(2)), cnt(1, two(2, 3)), cnt(1, none()))
show(Counter:count(one(1)), Counter:count(two(1, 2)), Counter:count(none()), Counter:count(1, two(3, 4)))
show(cnt(1, 2, 3, 4, 5, two(6, 7)), cnt(1, 2, 3, 4, 5, 6, two(7, 8)), Counter:count(1, 2, 3, 4, many(5, 6)))
show(cnt(s:find("=")), cnt(s:match("(%a+)=(%a+)")), cnt(1, s:find("zzz")), cnt(string.format("%d", 3)))
local t2 = {one(1), many(2, 3, 4)}
print(#t2, t2[1], t2[2], t2[4])
local x1, x2, x3 = one(1), two(2, 3)
print(x1, x2, x3)
print(pcall(function() local f; f(1, one(2)) end))
print(pcall(function() local x = string.rep("x", one(nil)) return x end))
print(pcall(function() return string.rep("x", one(nil)) end))
print(pcall(function() local x = string.rep(one("x"), two(2, 3)) return x end))
print(pcall(function() local x = Counter:missing(one(1)) return x end))

-- "..." as the last argument: a vararg callee whose parameters the fixed arguments fill exactly shares the
-- caller's varargs; fewer or more fixed arguments, non-vararg callees, methods, tail calls, library callees.
local function fixed2(a, b, ...) return select("#", ...), a, b, ... end
local function noVarargs(a, b, c) return a, b, c end
local function forward0(...) return fixed2(...) end
local function forward1(...) local r = {fixed2(1, ...)} return #r, r[1], r[2], r[3] end
local function forward2(...) local n, a, b, c = fixed2(1, 2, ...) return n, a, b, c end
local function forward3(...) return (fixed2(1, 2, 3, ...)) end
local function forwardPlain(...) return noVarargs(1, ...) end
local function forwardLib(...) return select("#", ...), math.max(0, ...) end
local function mutate(...) local t = {...}; t[1] = "changed"; return ... end
show(forward0())
show(forward0(7, 8, 9))
show(forward1())
show(forward1(7, 8, 9))
show(forward2(7, nil, 9))
show(forward3(7, 8))
show(forwardPlain(2, 3, 4))
show(forwardLib(3, 9, 4))
show(mutate(1, 2))
local Store = {}
Store.__index = Store
function Store:SumInternal(context, modType, ...)
	local total = 0
	for i = 1, select("#", ...) do total = total + (select(i, ...)) end
	return context == self and modType .. ":" .. total or "other"
end
function Store:Sum(modType, ...) return self:SumInternal(self, modType, ...) end
function Store:Sum1(modType, ...) local r = self:SumInternal(self, modType, ...) return r end
local st = setmetatable({}, Store)
show(st:Sum("BASE", 1, 2, 3), st:Sum1("INC"), st:Sum("MORE", 4))
print(pcall(function(...) return st:Missing(1, ...) end, 2))
print(pcall(function(...) local f; return f(...) end, 2))
print(pcall(function(...) return string.rep(...) end, "x", {}))
print(pcall(function(...) local r = string.rep(...) return r end, "x", {}))
local function checkV(v, ...) if not v then error("varargs check failed", 2) end return v, ... end
print(pcall(function(...) return checkV(...) end, false, 1))
print(pcall(function(...) local a = checkV(...) return a end, false, 1))
