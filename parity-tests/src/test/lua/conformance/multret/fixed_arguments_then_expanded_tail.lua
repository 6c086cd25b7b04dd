-- checks argument lists whose last item expands (a call or ...) after fixed values: the fixed values are
-- evaluated first, left to right, then the tail; the callee sees them all in order, nils included
local log = { }
local function note(tag, v)
	log[#log + 1] = tag
	return v
end
local function count(...)
	return select("#", ...), ...
end
local function many(...)
	note("tail")
	return ...
end
local function show(label, ...)
	local out = { }
	for i = 1, select("#", ...) do
		out[#out + 1] = tostring((select(i, ...)))
	end
	print(label, table.concat(out, " "), table.concat(log, ","))
	log = { }
end

show("call tail", count(note("a", 1), note("b", nil), many(3, nil, 5)))
show("empty tail", count(note("a", 1), note("b", 2), many()))
show("nil tail", count(note("a", nil), many(nil)))

local function forward(...)
	return count(note("x", "x"), note("y", nil), ...)
end
show("varargs tail", forward(1, nil, 3))
show("no varargs", forward())

-- method calls: the object's slot, fixed arguments, then the tail
local obj = { name = "obj" }
function obj:m(...)
	return self.name, select("#", ...), ...
end
show("method call tail", obj:m(note("a", 1), many(nil, 2)))
local function viaMethod(...)
	return obj:m(note("a", "A"), ...)
end
show("method varargs", viaMethod(nil, nil))
show("method only tail", obj:m(many(7, 8)))

-- table constructors and returns use the same lists
local function pack(...)
	return { note("p", "first"), ... }
end
local t = pack(1, nil, 3)
show("constructor", t[1], t[2], t[4], #t >= 2)
local function ret(...)
	return note("r", 0), ...
end
show("return", ret(1, 2))

-- an error in a fixed argument comes before the tail is evaluated
local ok, err = pcall(function()
	return count(note("a", 1), nil + 1, many(1))
end)
show("error first", ok, (tostring(err):gsub("^.-:%d+: ", "")))
ok, err = pcall(function()
	return count(note("a", 1), many(error("in tail", 0)))
end)
show("error in tail", ok, err)
