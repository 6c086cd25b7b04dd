-- checks that code after a caught error keeps running and state changes persist
local state = {}
local ok, e = pcall(function()
  state.before = true
  error("stop", 0)
  state.after = true
end)
print(ok, e, state.before, state.after)
local counter = 0
for i = 1, 3 do
  pcall(function()
    counter = counter + 1
    if i == 2 then error("skip", 0) end
    counter = counter + 10
  end)
end
print(counter)
local t = setmetatable({}, {__newindex = function() error("no writes", 0) end})
print(pcall(function() t.x = 1 end))
print(rawget(t, "x"))
print("still running")
