-- checks __metatable hiding the metatable and making setmetatable fail
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
local ok, err = pcall(setmetatable, t, {})
print(ok, err)
local ok2, err2 = pcall(function()
  setmetatable(t, nil)
end)
print(ok2, (tostring(err2):gsub("^[^:]*:", "")))
local u = setmetatable({}, {__metatable = false})
print(getmetatable(u))
local tbl = {}
local v = setmetatable({}, {__metatable = tbl})
print(getmetatable(v) == tbl)
local plainMt = {}
local w = setmetatable({}, plainMt)
print(getmetatable(w) == plainMt)
print(getmetatable({}))
print(getmetatable("string") ~= nil)
