-- checks iterating over a file with f:lines(), early break and the file staying open afterwards
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 6 do f:write("line ", i, "\n") end
f:write("no newline at end")
f:close()
local r = assert(io.open(name))
local count = 0
for line in r:lines() do
  count = count + 1
  print(count, line)
end
print("count", count)
print(io.type(r))
print(r:read("*l"))
r:close()
local r2 = assert(io.open(name))
for line in r2:lines() do
  if line:find("3") then print("stop at", line) break end
end
print("rest starts", r2:read("*l"))
local rest = 0
for _ in r2:lines() do rest = rest + 1 end
print("rest", rest)
r2:close()
print(io.type(r2))
local ok, e = pcall(function() for l in r2:lines() do end end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
os.remove(name)
