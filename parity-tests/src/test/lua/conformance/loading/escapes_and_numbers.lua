-- checks loadstring of constant tables holding escaped strings and negative, hex and float number literals
local f = loadstring([=[return {
  "tab\there", "new\nline", "quote\"s", 'apos\'s', "back\\slash", "\65\066\0673", "bell\a|\b|\f|\v|\r",
  "nul\0byte", "\x41\x42", [[long
bracket]], [==[with ]] inside]==],
  -1, -0.5, 0x10, -0x1F, 1e3, -2.5e-3, 3., .25, 1e308, -1e-300, 0, -0, 1E2, 0xff, 1e-2,
}]=])
local t = f()
print(#t)
for i = 1, 11 do
  local s = t[i]
  print(i, #s, (s:gsub("%c", function(c) return "\\" .. c:byte() end)))
end
for i = 12, #t do print(i, type(t[i]), t[i]) end
print(t[1] == "tab\there", t[8] == "nul\0byte")
local neg = loadstring("return {-1, -2.25, -1e2, -0x10, x = -1.5, [-1] = 'minus one'}")()
print(neg[1], neg[2], neg[3], neg[4], neg.x, neg[-1])
local bools = loadstring("return {true, false, nil, 'after nil'}")()
print(bools[1], bools[2], bools[3], bools[4])
