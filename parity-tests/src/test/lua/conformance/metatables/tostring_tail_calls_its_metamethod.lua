-- checks that tostring hands a __tostring metamethod its call, as LuaJIT's tostring (a tail call): every
-- result comes back as it is, and error levels count from tostring's caller. (print's own use of the
-- global tostring is tested in the runtime's BaseLibTest: the corpus harness replaces print in LuaJIT.)
local T = setmetatable({ }, { __tostring = function() return { } end })
local N = setmetatable({ }, { __tostring = function() return 42 end })
local Z = setmetatable({ }, { __tostring = function() return nil end })
local M = setmetatable({ }, { __tostring = function() return "s", "extra" end })
local E = setmetatable({ }, { __tostring = function() error("in tostring", 2) end })
local E3 = setmetatable({ }, { __tostring = function() error("in tostring 3", 3) end })

print(select("#", tostring(M)), tostring(M))
print(pcall(tostring, Z))
print(select("#", tostring(Z)))
print(type(tostring(T)), type(tostring(N)))

-- levels: 2 from the metamethod is tostring's caller
print(pcall(function() local s = tostring(E) return s end))
print(pcall(function() return tostring(E) end))
print(pcall(function() local s = tostring(E3) return s end))
print(pcall(function() local s = ("%s"):format(E) return s end))
local function named() local s = tostring(E) return s end
print(pcall(named))
