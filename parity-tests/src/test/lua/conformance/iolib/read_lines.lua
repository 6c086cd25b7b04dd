-- checks reading a file line by line with "*l", including empty lines, a missing final newline and the end
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("first line\n", "\n", "  indented\t\n", "last line without newline")
f:close()
local r = assert(io.open(name, "r"))
local n = 0
while true do
  local line = r:read("*l")
  if line == nil then break end
  n = n + 1
  print(n, "[" .. line .. "]", #line)
end
print("after end", r:read("*l"), r:read("*l"))
r:close()
local r2 = assert(io.open(name))
print(r2:read())
print(r2:read("*l", "*l"))
print(r2:read("*l", "*l", "*l"))
r2:close()
local w = assert(io.open(name, "w"))
w:write("a\n\n\nb\n")
w:close()
local r3 = assert(io.open(name))
local parts = {}
for _ = 1, 6 do parts[#parts + 1] = tostring(r3:read("*l")) end
print(table.concat(parts, "|"))
r3:close()
os.remove(name)
