-- checks number-shaped patterns and tonumber of the matched text
local text = "x=-12.5, y=+3, z=.75, w=1e3, v=0x1F, u=7."
for name, num in text:gmatch("(%a)=([%+%-]?[%d%.]+)") do
  print(name, num, tonumber(num))
end
print(text:match("w=(%d+e%d+)"), tonumber(text:match("w=(%d+e%d+)")))
print(text:match("v=(0x%x+)"), tonumber(text:match("v=(0x%x+)")))
local ints = {}
for d in ("a1b22c333d"):gmatch("%d+") do ints[#ints + 1] = tonumber(d) end
print(#ints, ints[1] + ints[2] + ints[3])
print(("1,234,567"):gsub(",", ""), tonumber((("1,234,567"):gsub(",", ""))))
print(("  42  "):match("^%s*(%d+)%s*$") + 0)
