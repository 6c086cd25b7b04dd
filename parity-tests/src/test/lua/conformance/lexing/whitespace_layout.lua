-- checks free layout: several statements per line and expressions split across lines
local a = 1 local b = 2 print(a, b)
local c =
  a
  +
  b
print(c)
local t = {
  1,
  2,
	3,
}
print(#t)
print(
  "split",
  "call"
)
local function f(x,
                 y)
  return x
    * y
end
print(f(3,
  4))
	print("tab indented")
local s = "a" ..
          "b" ..
          "c"
print(s)
