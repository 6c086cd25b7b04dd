-- Library functions called for one result with one, two or three arguments (the calls that take a
-- library function's fast path), with every kind of argument: plain values, coerced values, values the
-- fast path leaves to the general one, and errors, whose messages must name the function.
local function show(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  return table.concat(out, " ")
end
local function try(f, ...)
  local ok, err = pcall(f, ...)
  return ok and "ok" or tostring(err)
end

local s = "Hello, modifier world"
-- sub: numbers, numeric strings, negatives, out of range, fractions, a number as the subject
print(s:sub(3), s:sub(3, 7), s:sub(-5), s:sub(-5, -2), s:sub(0), s:sub(100), s:sub(5, 2), s:sub(2.7, 5.2))
print(s:sub("3", "7"), string.sub(12345, 2, 3), (s:sub(3, nil)), s:sub(-100, 3))
print(try(function() local r = s:sub() return r end), try(function() local r = s:sub("x") return r end))
print(try(function() local r = s:sub(1, {}) return r end), try(function() local r = string.sub(nil, 1, 2) return r end))

-- gsub for its first result: string replacements, %-escapes, captures, number and table replacements
local trimmed = ("  padded  "):gsub("^%s+", ""):gsub("%s+$", "")
print("[" .. trimmed .. "]", (s:gsub("o", "0")), (s:gsub("(%w+)", "<%1>")), (s:gsub("%w+", "%0%0", 1)))
print((s:gsub("l", 7)), (s:gsub("%w+", { Hello = "Bye" })), (string.gsub(123, "2", "x")), (s:gsub("", "-")))
print(try(function() local r = s:gsub("(", "") return r end), try(function() local r = s:gsub("%", "") return r end))
print(try(function() local r = s:gsub("x", true) return r end), try(function() local r = s:gsub(nil, "x", "y") return r end))
local n = select(2, s:gsub("o", "0"))
print(n, show(s:gsub("o", "0")))

-- find and match for their first result: plain text, specials, anchors, captures, position captures,
-- empty patterns and subjects, numbers as subjects, and malformed patterns
print(s:find("mod"), s:find("o"), s:find("xyz"), s:find(""), (""):find(""), s:find("%s"), s:find("^H"), s:find("^e"))
print(s:find("o.", 1), s:find("[aeiou]+"), s:find("d$"), s:find("(w)(o)"), string.find(12345, "3"), s:find(".-,"))
print(s:match("%a+"), s:match("(%a+), (%a+)"), s:match("()mod()"), s:match("^(%w+)"), s:match("z+"), s:match(""))
print(s:match("(%d*)"), ("key: value"):match("^([%a ]+): (.*)$"), ("{variant:1}text"):match("^{([^}]*)}(.*)$"))
print(string.match(3.5, "%d"), ("Flask1"):match("^Flask"), ("WeaponSwap"):match("Swap$"), ("x"):match("^Charm"))
print(try(function() local r = s:find("[a") return r end), try(function() local r = s:match("(()") return r end))
print(try(function() local r = s:match("%") return r end), try(function() local r = s:find(nil) return r end))
print(try(function() local r = s:match({}) return r end), try(function() local r = string.find() return r end))

-- type, tostring, tonumber with one argument of every kind
local t = setmetatable({}, { __tostring = function() return "custom" end })
print(type(nil), type(1), type("x"), type({}), type(print), type(true), type(coroutine.create(print)))
print(tostring(nil), tostring(1.5), tostring(-0), tostring(1e300), tostring(2^53), tostring("x"), tostring(true), tostring(t))
print(tonumber("10"), tonumber(" 0x1F "), tonumber("1e2"), tonumber("abc"), tonumber(5), tonumber(""), tonumber("5 5"))
print(tonumber(nil), tonumber(true), tonumber({}) == nil, tonumber("10", 2), tonumber("zz", 36))
print(try(function() local r = type() return r end), try(function() local r = tostring() return r end), try(function() local r = tonumber() return r end))

-- bit.band/bor with two arguments: negatives, above 2^31, fractions, numeric strings, errors
print(bit.band(0xFF, 0x0F), bit.band(-1, 0xFFFFFFFF), bit.band(2^32 + 5, 7), bit.band(5.5, 7), bit.band(6.5, 7))
print(bit.bor(1, 2), bit.bor(0x80000000, 0), bit.bor("3", 4), bit.band("12", "10"))
print(try(function() local r = bit.band(1, nil) return r end), try(function() local r = bit.bor({}, 1) return r end))

-- math.floor/min/max: negatives, -0, NaN, infinities, strings, errors
local nan = 0 / 0
print(math.floor(1.5), math.floor(-1.5), math.floor(-0.5), math.floor(-0), math.floor(1e300), math.floor("2.5"))
print(math.min(1, 2), math.min(2, 1), math.min(-0, 0), math.min(nan, 1), math.min(1, nan), math.min("3", 2))
print(math.max(1, 2), math.max(2, 1), math.max(0, -0), math.max(nan, 1), math.max(1, nan), math.max(-1/0, 1/0))
print(try(function() local r = math.floor({}) return r end), try(function() local r = math.max(1, "x") return r end), try(function() local r = math.min() return r end))

-- the same functions through locals and as upvalues of a loop (the calls a hot path makes)
local sub, band, floor, ty = string.sub, bit.band, math.floor, type
local acc = 0
for i = 1, 50 do
  acc = acc + #sub(s, i % 7, i % 11) + band(i, 6) + floor(i / 3) + (ty(i) == "number" and 1 or 0)
end
print(acc)
