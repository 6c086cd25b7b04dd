-- checks the number and types of values returned by loadstring and by calling the loaded chunk
print(select("#", loadstring("return {}")))
print(type(loadstring("return {}")))
print(select("#", loadstring("return {}")()))
print(type(loadstring("return {}")()))
local f = loadstring("return {1, 2, 3}")
print(select("#", f()))
local a, b = f()
print(type(a), b)
print(f() ~= f())
local chunks = {"return {}", "return {{}}", "return {{}, {}}", "return {'a'}", "return {[1] = 1, [2] = 2}"}
for _, src in ipairs(chunks) do
  local fn = loadstring(src)
  local t = fn()
  print(src, type(fn), type(t), #t)
end
local g = loadstring("return {n = 1}")
local ok, r = pcall(g)
print(ok, type(r), r.n)
print(select("#", pcall(g)))
