-- checks the xpcall handler receives the raw error value and its return replaces it
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local received = {}
local function h(e) received[#received + 1] = type(e); return "H(" .. strip(e) .. ")" end
print(xpcall(function() error("str") end, h))
print(xpcall(function() error(12, 0) end, h))
print(xpcall(function() local x = {} return x.a.b end, h))
print(xpcall(function() error(nil) end, h))
print(table.concat(received, ","))
local count = 0
local ok = xpcall(function() return 1 end, function() count = count + 1 end)
print(ok, count)
print(xpcall(function(...) return select("#", ...) end, h))
