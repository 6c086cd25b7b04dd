-- checks how f:write formats numbers (%.14g) compared with tostring and string.format
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local values = {0, 1, -1, 10, 100000000000000, 1e15, 1e16, 123456789012345678, 0.1, 1/3, -2/3,
  3.14159265358979, 1e-5, 1e-300, 2^31, 2^63, 5e-324, 1e308, -0.5, 255}
for _, v in ipairs(values) do f:write(v, "\n") end
f:write(1, 2, 3, "\n")
f:write(1.5, "|", -1.5, "\n")
f:close()
local i = 0
for line in io.lines(name) do
  i = i + 1
  local v = values[i]
  if v then
    print(line, line == tostring(v), line == string.format("%.14g", v))
  else
    print(line)
  end
end
local g = assert(io.open(name, "w"))
g:write(1/0, " ", -1/0, "\n")
g:close()
local r = assert(io.open(name))
local inf = r:read("*l")
print(inf == tostring(1/0) .. " " .. tostring(-1/0))
r:close()
os.remove(name)
