-- The reference host for Path of Building parity: what PobHost (Java) provides, written in Lua for
-- LuaJIT, so both sides run PoB's Lua on the same host behaviour. Expects the global __root (the PoB
-- src/ directory) and __libs (the pure-Lua library directory, runtime/lua). Defines __calc(name, xml).

local root, libs = __root, __libs
package.path = root .. "/?.lua;" .. libs .. "/?.lua;" .. libs .. "/?/init.lua;" .. package.path

local function resolve(path)
	if path:sub(1, 1) == "/" then
		return path
	end
	return root .. "/" .. path
end

local ioOpen, ioLines, luaLoadfile = io.open, io.lines, loadfile
io.open = function(path, ...) return ioOpen(resolve(path), ...) end
io.lines = function(path, ...) return ioLines(path and resolve(path), ...) end
loadfile = function(path, ...) return luaLoadfile(path and resolve(path), ...) end
dofile = function(path) return assert(loadfile(path))() end

-- Modules
local function chunkFor(name, caller)
	local path = name:find(".lua", 1, true) and name or name .. ".lua"
	local chunk, err = loadfile(path)
	if not chunk then
		error(string.format("%s() error loading '%s': %s", caller, path, err))
	end
	return chunk
end
-- PCall: nil followed by the results, or just the error value.
local function afterProtectedCall(ok, ...)
	if ok then
		return nil, ...
	end
	return (...)
end
function PCall(func, ...)
	return afterProtectedCall(pcall(func, ...))
end
function LoadModule(fileName, ...)
	return chunkFor(fileName, "LoadModule")(...)
end
function PLoadModule(fileName, ...)
	return PCall(chunkFor(fileName, "PLoadModule"), ...)
end
local luaRequire = require
function require(name)
	if name == "lcurl.safe" then
		return
	end
	return luaRequire(name)
end

-- lua-utf8: the functions PoB calls, for the ASCII text its calculation formats (the Java host has the
-- native module; the reference only needs to agree on what the calculation touches).
local utf8 = { }
utf8.reverse, utf8.gsub, utf8.find, utf8.match, utf8.sub, utf8.len = string.reverse, string.gsub, string.find, string.match, string.sub, string.len
function utf8.next(s, pos, offset)
	local n = (pos or 0) + (offset or 1)
	if n < 1 or n > #s then
		return nil
	end
	return n, s:byte(n)
end
package.preload["lua-utf8"] = function() return utf8 end

-- Callbacks
local callbacks = { }
local mainObject
function SetMainObject(obj) mainObject = obj end
function SetCallback(name, func) callbacks[name] = func end
function GetCallback(name) return callbacks[name] end
function runCallback(name, ...)
	local registered = callbacks[name]
	if registered then
		return registered(...)
	end
	local method = mainObject and mainObject[name]
	if method then
		return method(mainObject, ...)
	end
end

-- Console and system
arg = { }
function ConPrintf(fmt, ...) local _ = string.format(fmt, ...) end
local clock = os.clock
local bootTime = clock()
function GetTime() return math.floor((clock() - bootTime) * 1000) end
function GetScriptPath() return root end
function Inflate() error("Inflate is not available in the LuaJIT reference host: load builds from XML") end
function Deflate() error("Deflate is not available in the LuaJIT reference host") end

-- Screen, window, input, processes: a headless host
local function noop() end
for _, name in ipairs({ "RenderInit", "SetDPIScaleOverridePercent", "SetClearColor", "SetDrawLayer", "SetViewport",
		"ResetViewport", "SetDrawColor", "DrawImage", "DrawImageQuad", "DrawString", "SetWindowTitle", "SetCursorPos",
		"ShowCursor", "Copy", "MakeDir", "RemoveDir", "SetWorkDir", "AbortSubScript", "ConPrintTable", "ConExecute",
		"ConClear", "SpawnProcess", "OpenURL", "SetProfiling", "Restart", "Exit", "TakeScreenshot", "NewFileSearch",
		"LaunchSubScript", "Paste", "SetForeground" }) do
	_G[name] = noop
end
function GetScreenSize() return 1920, 1080 end
function GetVirtualScreenSize() return 1920, 1080 end
function GetScreenScale() return 1 end
function GetDPIScaleOverridePercent() return 1 end
function GetDrawColor() return 1, 1, 1, 1 end
function GetViewportOffset() return 0, 0 end
function DrawStringWidth() return 1 end
function DrawStringCursorIndex() return 0 end
function GetAsyncCount() return 0 end
function GetCursorPos() return 0, 0 end
function IsKeyDown() return false end
function IsSubScriptRunning() return false end
function GetRuntimePath() return "" end
function GetUserPath() return "" end
function GetWorkDir() return "" end
function GetCloudProvider() return nil, nil, nil end
-- Colour escapes: first ^<digit>, then ^x<6 hex digits>; the text only.
function StripEscapes(text)
	local withoutDigitColours = text:gsub("%^%d", "")
	local plain = withoutDigitColours:gsub("%^x" .. string.rep("%x", 6), "")
	return plain
end
local imageMethods = {
	Load = function(handle) handle.valid = true end,
	Unload = function(handle) handle.valid = false end,
	IsValid = function(handle) return handle.valid end,
	SetLoadingPriority = noop,
	ImageSize = function() return 1, 1 end,
}
local imageMeta = { __index = imageMethods }
function NewImageHandle() return setmetatable({ }, imageMeta) end

-- Boot, as the Java engine does: Launch.lua, OnInit, one frame.
dofile("Launch.lua")
runCallback("OnInit")
runCallback("OnFrame")
if mainObject.promptMsg then
	error("Path of Building did not start: " .. tostring(mainObject.promptMsg))
end

-- mainOutput flattened like PobOutput.java: key<TAB>type<TAB>value lines, numbers as %.17g.
local function flatten(lines, prefix, t, depth, path)
	path[t] = true
	for k, v in pairs(t) do
		local kt = type(k)
		if kt == "string" or kt == "number" then
			local name = prefix .. tostring(k)
			local vt = type(v)
			if vt == "number" then
				lines[#lines + 1] = name .. "\tn\t" .. string.format("%.17g", v)
			elseif vt == "boolean" then
				lines[#lines + 1] = name .. "\tb\t" .. tostring(v)
			elseif vt == "string" then
				lines[#lines + 1] = name .. "\ts\t" .. v:gsub("[\\\n\t]", { ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t" })
			elseif vt == "table" and depth < 3 and not path[v] then
				flatten(lines, name .. ".", v, depth + 1, path)
			end
		end
	end
	path[t] = nil
end

function __calc(name, xml)
	local main = mainObject.main
	main:SetMode("BUILD", false, name, xml)
	runCallback("OnFrame")
	if mainObject.promptMsg then
		local msg = mainObject.promptMsg
		mainObject.promptMsg = nil
		error(msg, 0)
	end
	local lines = { }
	flatten(lines, "", main.modes["BUILD"].calcsTab.mainOutput, 1, { })
	return table.concat(lines, "\n")
end
