-- checks return (f()) returning exactly one value
local function three() return 1, 2, 3 end
local function wrapped() return (three()) end
print(wrapped())
print(select("#", wrapped()))
local function none() end
local function wrappedNone() return (none()) end
print(select("#", wrappedNone()))
print(wrappedNone())
local function plain() return none() end
print(select("#", plain()))
local function mix() return (three()), three() end
print(mix())
