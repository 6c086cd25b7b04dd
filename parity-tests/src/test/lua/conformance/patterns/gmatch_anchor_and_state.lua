-- checks that each gmatch iterator keeps its own position and that iterators can interleave
local a = ("a1a2a3"):gmatch("a(%d)")
local b = ("b1b2"):gmatch("b(%d)")
print(a(), b(), a(), b(), a(), b())
print(a())
local c = ("xyz"):gmatch(".")
local out = {}
for ch in c do out[#out + 1] = ch end
print(table.concat(out, ","), c())
local count = 0
for _ in ("aaaa"):gmatch("aa") do count = count + 1 end
print("non-overlapping", count)
count = 0
local pos = 1
while true do
  local i = ("aaaa"):find("aa", pos, true)
  if not i then break end
  count = count + 1
  pos = i + 1
end
print("overlapping", count)
