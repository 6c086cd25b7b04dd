-- checks globals and locals with the same name
counter = 100
local function readGlobal() return counter end
print(counter, readGlobal())
local counter = 1
print(counter, readGlobal())
counter = 2
print(counter, readGlobal())
local function setGlobal(v) globalCounterHelper = v end
setGlobal(7)
print(globalCounterHelper)
print(undefined_global_name)
newGlobal = "made"
print(newGlobal, type(newGlobal))
newGlobal = nil
print(newGlobal)
