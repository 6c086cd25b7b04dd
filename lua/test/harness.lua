-- LuaJIT harness for the engine: provides the host interface the Java host provides (LoadModule
-- over lua/src, ConPrintf), loads Engine.lua once, and calculates builds.
--
--   luajit lua/test/harness.lua DATA.lua BUILD.lua [BUILD.lua ...]
--
-- DATA.lua and BUILD.lua are Lua files returning the data and build tables of the host interface
-- (see lua/README.md). For each build it prints every output key, sorted, one "key=value" per
-- line, numbers as string.format("%.17g"). With several builds each block starts with
-- "== BUILD.lua". An error prints "error=<message>" and exits with status 1.

local scriptDir = (arg and arg[0] or ""):match("^(.*)[/\\][^/\\]*$") or "."
local srcDir = scriptDir .. "/../src/"

function LoadModule(name, ...)
	local chunk, err = loadfile(srcDir .. name .. ".lua")
	if not chunk then
		error(err, 2)
	end
	return chunk(...)
end

function ConPrintf(fmt, ...)
	print(string.format(fmt, ...))
end

local function formatValue(value)
	if type(value) == "number" then
		return string.format("%.17g", value)
	end
	return tostring(value)
end

local function printOutput(output)
	local keys = { }
	for key in pairs(output) do
		keys[#keys + 1] = key
	end
	table.sort(keys)
	for _, key in ipairs(keys) do
		print(key .. "=" .. formatValue(output[key]))
	end
end

if not arg or not arg[1] or not arg[2] then
	io.stderr:write("usage: luajit harness.lua DATA.lua BUILD.lua [BUILD.lua ...]\n")
	os.exit(2)
end

local calcs = LoadModule("Engine")
local data = dofile(arg[1])
local status = 0
for i = 2, #arg do
	if #arg > 2 then
		print("== " .. arg[i])
	end
	local build = dofile(arg[i])
	local ok, result = pcall(calcs.calculate, build, data)
	if ok then
		printOutput(result)
	else
		print("error=" .. tostring(result))
		status = 1
	end
end
os.exit(status)
