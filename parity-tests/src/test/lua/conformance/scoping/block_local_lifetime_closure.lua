-- checks that a block local captured by a closure outlives the block
local getter
do
  local secret = "kept"
  getter = function() return secret end
end
print(getter())
local setters = {}
do
  local v = 0
  setters.inc = function() v = v + 1; return v end
  setters.get = function() return v end
end
setters.inc(); setters.inc()
print(setters.get())
print(secret, v)
local fs = {}
for i = 1, 2 do
  do
    local tag = "block" .. i
    fs[i] = function() return tag end
  end
end
print(fs[1](), fs[2]())
setters.inc()
print(setters.get(), setters.inc())
