-- o:m(args): the method is looked up before the arguments are evaluated, and checked to be callable
-- after them. Every form of method call: for its value, as a statement, for all its results, as a tail
-- call, with many arguments and with a multi-valued last argument.
local log = {}
local function arg(v)
  log[#log + 1] = "arg " .. tostring(v)
  return v
end
local obj = setmetatable({}, { __index = function(t, k)
  log[#log + 1] = "lookup " .. k
  if k == "missing" then return nil end
  return function(self, ...) log[#log + 1] = "call " .. k .. " " .. select("#", ...) return k, ... end
end })
local function show(label, ...)
  print(label, table.concat(log, ", "), ...)
  log = {}
end

local v = obj:value(arg(1), arg(2))
show("value", v)
obj:statement(arg(1))
show("statement")
local a, b, c = obj:all(arg(1), arg(2))
show("all", a, b, c)
local function tail() return obj:tail(arg(1)) end
show("tail", tail())
local w = obj:many(arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), arg(7))
show("many", w)
local x = obj:spread(arg(0), (function() return 1, 2, 3 end)())
show("spread", x)

-- lookup errors come before the arguments' errors, call errors after them
local none = nil
print(pcall(function() return none:m(error("argument error")) end))
print(pcall(function() none:m(error("argument error")) end))
print(pcall(function() local r = { none:m(error("argument error")) } end))
print(pcall(function() return obj:missing(arg("evaluated first")) end))
show("missing")
print(pcall(function() obj:missing(error("argument error wins")) end))
show("missing, argument error")
print(pcall(function() local t = { obj:missing(arg(1), (function() return 2, 3 end)()) } end))
show("missing, multi")
print(pcall(function() return obj:missing(1, 2, 3, 4, 5, 6, 7) end))
show("missing, many")

-- the object expression is evaluated once
local count = 0
local function get() count = count + 1 return obj end
get():once(arg("x"))
show("once", count)
