-- checks that assigning an undeclared name in a function creates a global
local function setIt()
  createdInFunction = "yes"
end
print(createdInFunction)
setIt()
print(createdInFunction)
local function localOnly()
  local notGlobal = "no"
  return notGlobal
end
print(localOnly(), notGlobal)
local function swapGlobals()
  ga, gb = 1, 2
  ga, gb = gb, ga
end
swapGlobals()
print(ga, gb)
local function readOrDefault() return maybeGlobal or "unset" end
print(readOrDefault())
maybeGlobal = "set"
print(readOrDefault())
