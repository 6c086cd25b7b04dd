-- checks a __tostring that is not a function: LuaJIT's tostring hands it the call, so calling it fails as
-- the call of tostring itself would, named as the call site names tostring
local S = setmetatable({ }, { __tostring = "not a function" })
print(pcall(tostring, S))
print(pcall(function() local s = tostring(S) return s end))
