-- checks gmatch returning several captures per iteration, e.g. key=value lists
local cfg = "name=Marauder; str=32; dex=14; int = 14 ;bad;x="
local keys, vals = {}, {}
for k, v in cfg:gmatch("(%w+)%s*=%s*(%w*)") do
  keys[#keys + 1] = k
  vals[k] = v
end
for _, k in ipairs(keys) do print(k, "[" .. vals[k] .. "]") end
local sum = 0
for a, b in ("1+2, 3+4, 5+6"):gmatch("(%d+)%+(%d+)") do sum = sum + a * b end
print("sum of products", sum)
for pos, word in ("the cat sat"):gmatch("()(%a+)") do print(pos, word) end
local it = ("a1b2"):gmatch("(%a)(%d)")
print(it())
print(it())
print(it())
