-- checks upvalues holding nil and being set to and from nil
local v
local function get() return v end
local function set(x) v = x end
print(get())
set(1)
print(get())
set(nil)
print(get())
set(false)
print(get())
local function makeLazy()
  local cache
  return function()
    if cache == nil then cache = "computed"; return "first", cache end
    return "cached", cache
  end
end
local lazy = makeLazy()
print(lazy())
print(lazy())
