-- checks %g (printable except space, a LuaJIT 2.1 extension) and %G
local s = "a b\tc!~\127\1z"
print((s:gsub("%g", "X")))
print(select(2, s:gsub("%g", "")))
print(select(2, s:gsub("%G", "")))
for w in ("key = value ; other"):gmatch("%g+") do print("[" .. w .. "]") end
print(("!"):match("%g"), (" "):match("%g"))
print(("x y"):find("%G"))
