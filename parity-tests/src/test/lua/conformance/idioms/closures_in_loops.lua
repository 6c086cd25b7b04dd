-- checks closures created in loops capture a fresh loop variable per iteration, and shared upvalues
local callbacks = {}
for i = 1, 3 do callbacks[i] = function() return i * 10 end end
print(callbacks[1](), callbacks[2](), callbacks[3]())
local byName = {}
for _, name in ipairs({ "Life", "Mana", "Energy Shield" }) do
  byName[#byName + 1] = function(v) return name .. ": " .. v end
end
for i, f in ipairs(byName) do print(f(i * 100)) end
local counters = {}
local shared = 0
for i = 1, 3 do
  local own = 0
  counters[i] = function()
    own = own + 1
    shared = shared + 1
    return own, shared
  end
end
print(counters[1]())
print(counters[1]())
print(counters[2]())
print(counters[3]())
local fns = {}
local j = 1
while j <= 3 do
  local k = j
  fns[j] = function() return k, j end
  j = j + 1
end
print(fns[1](), fns[3]())
