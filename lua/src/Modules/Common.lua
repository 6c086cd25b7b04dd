-- Common helpers shared by every module: the class system, table helpers, rounding, 64-bit flag
-- helpers and string.split. Loaded once per engine instance by Engine.lua; everything it defines
-- is global for that instance (the host gives each engine instance its own globals).

local type = type
local pairs = pairs
local select = select
local setmetatable = setmetatable
local rawget = rawget
local rawset = rawset
local m_min = math.min
local m_max = math.max
local m_floor = math.floor
local band = bit.band
local bor = bit.bor

-----------------------------------------------------------------------------------------------
-- Class system
--
-- newClass(className, parentName..., constructor) registers a class. A class table is its own
-- __index, so objects find methods in it; a class that names parents gets a metatable whose
-- __index walks the parents (loading each one lazily through LoadModule("Classes/<name>") the
-- first time it is needed) and copies what it finds into the class, so the walk happens once per
-- key. Looking up a parent's name on an object yields that parent's constructor, so a
-- constructor calls its parent as self.ParentName(self, ...).
-----------------------------------------------------------------------------------------------

-- Per engine instance: this chunk runs once per instance, so the registry is not shared.
local classList = { }

local function getClass(className)
	local class = classList[className]
	if not class then
		LoadModule("Classes/" .. className)
		class = classList[className]
		if not class then
			error("class '" .. tostring(className) .. "' is not defined by Classes/" .. tostring(className))
		end
	end
	return class
end

local function parentConstructor(parent)
	return function(object, ...)
		if parent._constructor then
			parent._constructor(object, ...)
		end
	end
end

local function classIndex(class, key)
	for _, parentName in ipairs(class._parents) do
		local parent = getClass(parentName)
		if key == parentName then
			local ctor = parentConstructor(parent)
			rawset(class, key, ctor)
			return ctor
		end
		local value = parent[key]
		if value ~= nil then
			rawset(class, key, value)
			return value
		end
	end
end

function newClass(className, ...)
	local class = { _className = className, _parents = { } }
	class.__index = class
	local numVarArg = select("#", ...)
	if numVarArg > 0 then
		local last = select(numVarArg, ...)
		if type(last) == "function" then
			class._constructor = last
			numVarArg = numVarArg - 1
		end
	end
	for i = 1, numVarArg do
		class._parents[i] = select(i, ...)
	end
	if numVarArg > 0 then
		setmetatable(class, { __index = classIndex })
	end
	classList[className] = class
	return class
end

function getClassByName(className)
	return getClass(className)
end

function new(className, ...)
	local class = getClass(className)
	local object = setmetatable({ }, class)
	if class._constructor then
		class._constructor(object, ...)
	end
	return object
end

-----------------------------------------------------------------------------------------------
-- Tables
-----------------------------------------------------------------------------------------------

-- Copies a table; nested tables are copied too unless noRecurse is set.
function copyTable(tbl, noRecurse)
	local out = { }
	for k, v in pairs(tbl) do
		if not noRecurse and type(v) == "table" then
			out[k] = copyTable(v)
		else
			out[k] = v
		end
	end
	return out
end

-- Empties a table in place and returns it.
function wipeTable(tbl)
	if not tbl then
		return { }
	end
	for k in pairs(tbl) do
		tbl[k] = nil
	end
	return tbl
end

-- Keys of a table in sorted order (numbers before strings), for loops whose result depends on order.
function sortedKeys(tbl)
	local keys = { }
	for k in pairs(tbl) do
		keys[#keys + 1] = k
	end
	table.sort(keys, function(a, b)
		local ta, tb = type(a), type(b)
		if ta ~= tb then
			return ta < tb
		end
		return a < b
	end)
	return keys
end

-----------------------------------------------------------------------------------------------
-- Numbers
-----------------------------------------------------------------------------------------------

-- Rounds half away from zero to the given number of decimal digits (0 when omitted).
function round(val, digits)
	if digits and digits > 0 then
		local scale = 10 ^ digits
		if val >= 0 then
			return m_floor(val * scale + 0.5) / scale
		end
		return -m_floor(-val * scale + 0.5) / scale
	end
	if val >= 0 then
		return m_floor(val + 0.5)
	end
	return -m_floor(-val + 0.5)
end

function clamp(val, low, high)
	return m_max(low, m_min(high, val))
end

-----------------------------------------------------------------------------------------------
-- 64-bit flags on doubles
--
-- The bit library works on 32-bit integers, so flag sets wider than 32 bits are kept as doubles
-- (exact up to 2^53) and split into a high and a low 32-bit half for each operation.
-----------------------------------------------------------------------------------------------

local TWO32 = 4294967296

local function split64(x)
	local high = m_floor(x / TWO32)
	return high, x - high * TWO32
end

-- bit.* results are signed 32-bit; bring them back to 0 .. 2^32-1.
local function unsigned(x)
	if x < 0 then
		return x + TWO32
	end
	return x
end

function OR64(a, b)
	local ah, al = split64(a)
	local bh, bl = split64(b)
	return unsigned(bor(ah, bh)) * TWO32 + unsigned(bor(al, bl))
end

function AND64(a, b)
	local ah, al = split64(a)
	local bh, bl = split64(b)
	return unsigned(band(ah, bh)) * TWO32 + unsigned(band(al, bl))
end

-----------------------------------------------------------------------------------------------
-- Strings
-----------------------------------------------------------------------------------------------

-- ("a,b,,c"):split(",") -> { "a", "b", "", "c" }; the separator is plain text, not a pattern.
function string:split(sep)
	local out = { }
	local start = 1
	local len = #self
	if sep == "" then
		for i = 1, len do
			out[i] = self:sub(i, i)
		end
		return out
	end
	while true do
		local first, last = self:find(sep, start, true)
		if not first then
			out[#out + 1] = self:sub(start, len)
			break
		end
		out[#out + 1] = self:sub(start, first - 1)
		start = last + 1
	end
	return out
end

-- Removes leading and trailing white space.
function string:trim()
	return (self:gsub("^%s+", ""):gsub("%s+$", ""))
end
