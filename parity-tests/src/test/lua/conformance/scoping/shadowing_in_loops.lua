-- checks locals that shadow loop variables and outer names inside loops
local total = 0
for i = 1, 3 do
  local total = i * 100
  print("inner total", total)
end
print("outer total", total)
for i = 1, 2 do
  for i = 10, 11 do
    print("inner i", i)
  end
  print("outer i", i)
end
local s = "s"
for _, s in ipairs({"x", "y"}) do
  print(s)
end
print(s)
