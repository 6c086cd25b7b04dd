-- checks the position of errors raised by library functions that have fast bodies (find, match, sub,
-- gsub, tostring), called normally and as tail calls: a tail call leaves no frame of its caller, so an
-- error at level 1 names no position; levels 2 and 3 count the library function as one activation
local function try(label, f, ...)
	print(label, pcall(f, ...))
end

-- malformed patterns, every call shape of find and match
try("find tail", function() return ("ab"):find("%") end)
try("find tail init", function() return ("ab"):find("%", 1) end)
try("find tail plain false", function() return ("ab"):find("%", 1, false) end)
try("find local", function() local r = ("ab"):find("%") return r end)
try("find locals", function() local a, b = ("ab"):find("%") return a, b end)
try("find arg", function() return tostring(("ab"):find("%")) end)
try("match tail", function() return ("ab"):match("[a") end)
try("match local", function() local m = ("ab"):match("[a") return m end)
try("string.find tail", function() return string.find("ab", "%") end)
try("string.match tail", function() return string.match("ab", "(") end)

-- gsub with a string replacement (a fast body) and with others
try("gsub tail", function() return ("ab"):gsub("%", "") end)
try("gsub value", function() local s = ("ab"):gsub("%", "") return s end)
try("gsub repl error", function() return ("ab"):gsub("a", "%2") end)
try("gsub repl error local", function() local s = ("ab"):gsub("a", "%2") return s end)

-- errors raised by Lua code a library function called, with levels through the library function
local function lvl2() return ("ab"):gsub("a", function() error("level 2", 2) end) end
local function lvl3() local s = ("ab"):gsub("a", function() error("level 3", 3) end) return s end
try("gsub fn level 2", lvl2)
try("gsub fn level 3", lvl3)
try("tostring tail", function() return tostring(setmetatable({ }, { __tostring = function() error("ts", 2) end })) end)
try("tostring local", function()
	local s = tostring(setmetatable({ }, { __tostring = function() error("ts", 2) end }))
	return s
end)

-- a pattern too complex for the matcher, as a tail call and not
local deep = string.rep("(", 40) .. string.rep(")", 40)
try("too many captures tail", function() return ("ab"):find(deep) end)
try("too many captures local", function() local r = ("ab"):find(deep) return r end)

-- sub never raises from its fast body, but its general body does
try("sub tail", function() return ("ab"):sub({ }) end)
try("sub local", function() local s = ("ab"):sub({ }) return s end)

-- a tail call to a Lua function that calls find: that function's frame stays
local function finder(p) local r = ("ab"):find(p) return r end
try("nested", function() return finder("%") end)
