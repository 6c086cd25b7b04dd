-- Plain calls with fixed arguments, made at their call site: evaluation order, the "attempt to call"
-- check after the arguments, renamed library errors, call statements, and sites that see several callees.
local log = {}
local function note(x) log[#log + 1] = tostring(x); return x end

local function try(f, ...)
	local ok, err = pcall(f, ...)
	print(ok, err)
	print(table.concat(log, " "))
	log = {}
end

-- The function expression is evaluated first, then the arguments left to right, then the check.
try(function() local t = {} ; return t.missing(note(1), note(2)) end)
try(function() return undefinedGlobal(note("a"), note("b"), note("c")) end)
try(function() local n = 5; n(note(1)) end)
try(function() local s = "text"; return s(note(1), note(2), note(3), note(4)) end)

-- A library function kept in a local, called with bad arguments: its error names the local.
local rep, band, floor, sub = string.rep, bit.band, math.floor, string.sub
try(function() return rep() end)
try(function() local r = rep() end)
try(function() local r = band("x", 1) end)
try(function() local r = floor({}) end)
try(function() local r = sub() end)
try(function() local r = sub("abc", {}) end)
try(function() local r = sub("abc", 1, {}) end)

-- Fast bodies and general bodies behind one site.
local function apply1(f, a) local r = f(a); return r end
local function apply2(f, a, b) local r = f(a, b); return r end
local function apply3(f, a, b, c) local r = f(a, b, c); return r end
print(apply3(sub, "abcdef", 2, 4), apply3(sub, "abcdef", "2", "4"), apply3(sub, 123456, 2, 3), apply2(sub, "abc", -2))
print(apply2(band, 12, 10), apply2(band, "12", 10), apply3(band, 12, 10, 6), apply2(bit.bor, 1, 2.5))
print(apply2(math.min, 3, 2), apply2(math.max, 3, "7"), apply1(math.floor, "2.5"), apply1(math.floor, -0.5))
print(apply3(string.find, "a.b", ".", 1), apply2(string.match, "key: v", "(%a+): (%a+)"))
print(apply3(string.gsub, "aaa", "a", "b"), apply1(tostring, nil), apply1(tonumber, "0x10"), apply1(type, apply1))
print(pcall(apply2, math.min, 1, nil))
print(pcall(apply2, string.find, nil, "x"))

-- One site, many callees (a module function table), and a callee replaced between calls.
local m = { f = function(x) return x * 2 end }
local results = {}
for i = 1, 6 do
	results[#results + 1] = m.f(i)
	if i == 3 then m.f = function(x) return -x end end
end
print(table.concat(results, ","))
try(function() for i = 1, 3 do if i == 3 then m.f = nil end; note(m.f(i)) end end)

-- Call statements: results dropped, side effects kept, errors raised.
local count = 0
local function bump(by) count = count + (by or 1); return count, "extra" end
bump(); bump(4); bump(nil, "ignored", "too")
print(count)
try(function() bump(note("x")); undefinedStatement(note("y")) end)
try(function() bump(note(2)); undefinedStatement(note("y"), note("z")) end)

-- A callable table at a site: __call gets the table first.
local callable = setmetatable({}, { __call = function(self, a, b) return "called", a, b end })
print(callable(1, 2))
print((callable(3)))
