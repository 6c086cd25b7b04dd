-- checks that each generic for iteration captures fresh key and value variables
local fns = {}
for i, v in ipairs({"a", "b", "c"}) do
  fns[i] = function() return i .. "=" .. v end
end
print(fns[1](), fns[2](), fns[3]())
local keys = {}
local src = {x = 1, y = 2, z = 3}
for k, v in pairs(src) do
  keys[#keys + 1] = function() return k, v end
end
local out = {}
for _, f in ipairs(keys) do
  local k, v = f()
  out[#out + 1] = k .. v
end
table.sort(out)
print(table.concat(out, " "))
print(#keys)
local mod = {}
for i, v in ipairs({10, 20}) do
  mod[i] = function() v = v + 1; return v end
end
print(mod[1](), mod[1](), mod[2]())
print(mod[2](), mod[1]())
for i, v in ipairs({"p"}) do
  local g = function() return i, v end
  print(g())
end
