-- checks closure-based iterators keeping their own state
local function range(a, b, step)
  step = step or 1
  local cur = a - step
  return function()
    cur = cur + step
    if (step > 0 and cur <= b) or (step < 0 and cur >= b) then return cur end
  end
end
local out = {}
for v in range(1, 5) do out[#out + 1] = v end
print(table.concat(out, " "))
out = {}
for v in range(10, 0, -4) do out[#out + 1] = v end
print(table.concat(out, " "))
local function words(list)
  local i = 0
  return function()
    i = i + 1
    local w = list[i]
    if w then return w, #w end
  end
end
for w, len in words({"one", "three", "eleven"}) do print(w, len) end
local it = range(1, 2)
print(it(), it(), it(), it())
