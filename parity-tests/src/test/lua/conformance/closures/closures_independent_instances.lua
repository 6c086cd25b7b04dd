-- checks that two closures from the same factory call keep separate state
local function factory()
  local items = {}
  return function(x) items[#items + 1] = x; return #items end,
         function() return table.concat(items, ",") end
end
local addA, dumpA = factory()
local addB, dumpB = factory()
addA("a1"); addA("a2"); addB("b1")
print(dumpA())
print(dumpB())
print(addA("a3"), addB("b2"))
print(dumpA(), dumpB())
local f1 = factory()
print(f1("x"), f1("y"))
