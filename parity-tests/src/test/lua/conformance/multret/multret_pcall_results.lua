-- checks pcall forwarding all results of the called function
local function three() return 1, 2, 3 end
print(pcall(three))
print(select("#", pcall(three)))
local function none() end
print(pcall(none))
print(select("#", pcall(none)))
local function nils() return nil, nil end
print(select("#", pcall(nils)))
local ok, a, b = pcall(three)
print(ok, a, b)
print((pcall(three)))
local function args(...) return ... end
print(pcall(args, "x", nil, "z"))
