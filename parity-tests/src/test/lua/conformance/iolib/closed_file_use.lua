-- checks that every method on a closed file raises "attempt to use a closed file" (caught with pcall)
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("data")
print(f:close())
local calls = {
  {"read", function() local v = f:read("*a") return v end},
  {"write", function() local v = f:write("x") return v end},
  {"lines", function() local v = f:lines() return v end},
  {"seek", function() local v = f:seek("set", 0) return v end},
  {"flush", function() local v = f:flush() return v end},
  {"setvbuf", function() local v = f:setvbuf("no") return v end},
  {"close", function() local v = f:close() return v end},
  {"io.close", function() local v = io.close(f) return v end},
}
for _, c in ipairs(calls) do
  local ok, e = pcall(c[2])
  print(c[1], ok, strip(e))
end
print(io.type(f))
local r = assert(io.open(name))
local it = r:lines()
print(it())
r:close()
local ok, e = pcall(it)
print("iterator after close", ok, strip(e))
os.remove(name)
