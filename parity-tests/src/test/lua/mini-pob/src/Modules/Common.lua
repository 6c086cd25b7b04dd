-- Shared helpers, loaded into globals like PoB's Common.lua.
common = { }
common.kv = require("kv")
local utf8 = require("lua-utf8")

function common.loadTree(version)
	local file = assert(io.open("TreeData/" .. version .. "/tree.lua", "r"))
	local text = file:read("*a")
	file:close()
	local tree = assert(loadstring(text))()
	tree.version = version
	return tree
end

function formatNumSep(n)
	local integer = tostring(math.floor(n))
	return utf8.reverse(utf8.gsub(utf8.reverse(integer), "(%d%d%d)", "%1,")):gsub("^,", "")
end

local classMeta = { }
classMeta.__index = function(t, k)
	local v = rawget(classMeta, k)
	t[k] = v
	return v
end
function newObject(fields)
	return setmetatable(fields or { }, classMeta)
end
