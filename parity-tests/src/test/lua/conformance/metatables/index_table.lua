-- checks __index as a table providing defaults for missing keys
local defaults = {color = "red", size = 10}
local t = setmetatable({size = 20}, {__index = defaults})
print(t.color, t.size, t.missing)
print(rawget(t, "color"))
defaults.color = "blue"
print(t.color)
t.color = "green"
print(t.color, defaults.color)
t.color = nil
print(t.color)
local arr = setmetatable({}, {__index = {"x", "y"}})
print(arr[1], arr[2], arr[3], #arr)
