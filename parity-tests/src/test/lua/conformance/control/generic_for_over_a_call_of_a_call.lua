-- checks generic for over pairs/ipairs (or another function) of a call or of ...: pairs and ipairs
-- read only the first value, any other function receives every value
local function split(s)
	local out = { }
	for piece in s:gmatch("[^,]+") do
		out[#out + 1] = piece
	end
	return out, "extra", 42
end

for i, v in ipairs(split("a,b,c")) do
	print("ipairs", i, v)
end
local keys = { }
for k, v in pairs(split("x,y")) do
	keys[#keys + 1] = tostring(k) .. "=" .. tostring(v)
end
print("pairs", table.concat(keys, " "))

-- a function that takes several arguments from the inner call
local function range(t, extra, n)
	local i = 0
	return function()
		i = i + 1
		if i <= n then
			return i, t[i] or extra
		end
	end
end
for i, v in range(split("p,q")) do
	print("range", i, v)
end

-- varargs as the argument
local function walk(...)
	local out = { }
	for i, v in ipairs(...) do
		out[#out + 1] = i .. ":" .. v
	end
	return table.concat(out, " ")
end
print("varargs", walk({ "m", "n" }, "ignored"))
local function count(...)
	local n = 0
	for _ in pairs(...) do
		n = n + 1
	end
	return n
end
print("pairs varargs", count({ a = 1, b = 2, 3 }))

-- a local named ipairs that is not the library's
do
	local ipairs = function(t, second)
		return function(_, i)
			if i < 2 then
				return i + 1, second
			end
		end, t, 0
	end
	for i, v in ipairs(split("z")) do
		print("local ipairs", i, v)
	end
end

-- errors keep their messages: no table from the inner call, no value at all
local function nothing() end
local function notTable() return "s", { } end
print(pcall(function() for _ in ipairs(nothing()) do end end))
print(pcall(function() for _ in pairs(notTable()) do end end))
print(pcall(function(...) for _ in ipairs(...) do end end))
-- the function expression is evaluated before the inner call
local order = { }
local function pick() order[#order + 1] = "f" return ipairs end
local function inner() order[#order + 1] = "arg" return { 1 } end
for _ in pick()(inner()) do end
print("order", table.concat(order, ","))
