-- checks nested functions reading locals of enclosing functions
local a = "chunk"
local function outer()
  local b = "outer"
  local function middle()
    local c = "middle"
    local function inner()
      return a .. "/" .. b .. "/" .. c
    end
    return inner()
  end
  return middle()
end
print(outer())
local function seesLater()
  return laterGlobal
end
laterGlobal = "defined after function"
print(seesLater())
local n = 1
local function readN() return n end
n = 2
print(readN())
local function adder(base)
  return function(x)
    return function(y) return base + x + y end
  end
end
print(adder(1)(10)(100))
print(adder("2")(3)(4))
