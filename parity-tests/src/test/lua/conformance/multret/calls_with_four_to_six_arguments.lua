-- Calls for one result with four to six arguments (a method's object counts as one): to functions with
-- fewer, as many and more parameters, to vararg functions, to library functions, through methods and
-- __call, and calls that fail, whose messages must name what was called.
local function show(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  return table.concat(out, ",")
end
local function two(a, b) return show(a, b) end
local function six(a, b, c, d, e, f) return show(a, b, c, d, e, f) end
local function seven(a, b, c, d, e, f, g) return show(a, b, c, d, e, f, g) end
local function va(a, ...) return show(a, select("#", ...), ...) end
local function many() return 1, 2, 3 end

local r1 = two(1, 2, 3, 4)
local r2 = six(1, 2, 3, 4)
local r3 = six(1, 2, 3, 4, 5, 6)
local r4 = seven(1, nil, 3, nil, 5, nil)
local r5 = va(1, 2, 3, 4, 5, 6)
local r6 = va(1, nil, nil, nil)
local r7 = six(1, 2, 3, 4, 5, many())
print(r1, r2, r3, r4, r5, r6, r7)

local obj = { tag = "obj" }
function obj:m5(a, b, c, d, e) return show(self.tag, a, b, c, d, e) end
function obj:m2(a, b) return show(self.tag, a, b) end
function obj:mv(...) return show(self.tag, select("#", ...), ...) end
local m1 = obj:m5(1, 2, 3)
local m2 = obj:m5(1, 2, 3, 4, 5)
local m3 = obj:m2(1, 2, 3, 4, 5)
local m4 = obj:mv(1, nil, 3, nil)
local m5 = obj:mv(1, 2, 3, 4, 5)
print(m1, m2, m3, m4, m5)

-- class-style lookup through __index, as a mod store calls its own methods
local Class = {}
Class.__index = Class
function Class:Match(mod, flags, keywordFlags, source) return mod .. flags .. keywordFlags .. tostring(source) end
local inst = setmetatable({}, Class)
local acc = {}
for i = 1, 3 do acc[#acc + 1] = inst:Match("m" .. i, i, i * 2, i == 2 and "src" or nil) end
print(table.concat(acc, " "))

-- library functions and __call with many arguments
local lib1 = math.max(3, 9, 2, 7)
local lib2 = math.min(3, 9, 2, 7, 1, 8)
local lib3 = string.format("%s-%s-%s-%s", "a", 1, true, nil)
local lib4 = select(4, "a", "b", "c", "d", "e")
local lib5 = bit.bor(1, 2, 4, 8, 16)
local callable = setmetatable({}, { __call = function(self, a, b, c, d, e) return show(a, b, c, d, e) end })
local c1 = callable(1, 2, 3, 4, 5)
print(lib1, lib2, lib3, lib4, lib5, c1)

-- errors: nil functions and methods, library argument errors, errors inside the callee
local function try(f) local ok, err = pcall(f) return ok and "ok" or tostring(err) end
print(try(function() local x = nothing(1, 2, 3, 4) return x end))
print(try(function() local x = obj:missing(1, 2, 3, 4) return x end))
print(try(function() local x = obj.tag(1, 2, 3, 4, 5) return x end))
print(try(function() local x = math.max(1, 2, 3, "x") return x end))
print(try(function() local x = string.rep("x", 2, ",", 4, 5, 6) return x end))
print(try(function() local x = six(1, 2, 3, 4, 5, nil .. "x") return x end))
local function fails(a, b, c, d) error("failed with " .. tostring(d), 2) end
print(try(function() local x = fails(1, 2, 3, 4) return x end))
