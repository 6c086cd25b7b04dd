-- Method calls that pass the caller's varargs or a call's results on, for one result and for all of
-- them: the object arrives as self, the caller's own varargs are unchanged afterwards, and an argument
-- that reassigns the object's variable does not change which object the call was made on.
local obj = { tag = "A" }
function obj:count(...) return self.tag .. select("#", ...) end
function obj:all(...) return self.tag, ... end
function obj:first(a, b, c, d, e, f, g) return self.tag .. tostring(g) end

local function pass(...)
  local one = obj:count(...)
  local two = obj:count(1, ...)
  local r = select("#", obj:all(...))
  local s = select("#", obj:all("x", ...))
  return one, two, r, s, select("#", ...), ...
end
print(pass())
print(pass(1, nil, 3))
print(pass(nil, nil))

local function three() return 7, 8, 9 end
print(obj:first(1, 2, 3, 4, three()), obj:count(three()), obj:count(three(), 1), (obj:all(three())))

local other = { tag = "B", count = obj.count }
local target = obj
local function swap() target = other return "swapped" end
print(target:count(swap()), target.tag)
target = obj
print(target:count(1, 2, 3, 4, 5, 6, swap()), target.tag)

local function tail(...) return obj:all(...) end
print(tail(1, 2, 3))
print(select("#", tail()))
