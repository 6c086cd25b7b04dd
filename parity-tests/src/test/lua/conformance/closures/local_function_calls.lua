-- Calls of local functions in every position: missing and extra arguments, varargs, one, several or
-- no results, statements, tails, recursion, upvalues, closures made in a loop, and errors whose level
-- points at the caller.
local function none(a) local _ = a end
local function one(a, b) return (a or 0) + (b or 0) end
local function many(a, b) return a, b, "third" end
local function varargs(first, ...) return first, select("#", ...), ... end
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end

none(1)
none()
print(one(1, 2), one(1), one(), (one(4, 5)))
print(many(1, 2))
print(many(1))
print((many(1, 2)))
local x, y, z, w = many("a", "b")
print(x, y, z, w)
print(varargs(1), varargs(1, 2, 3), varargs())
print(varargs(1, nil, nil))
print(({ many(1, 2) })[3], #{ many(1, 2) }, #{ many(1, 2), 5 })
print(fact(10))
print(select("#", none()), select("#", many()), select("#", varargs()))
local t = { none() }
print(#t, none(), (none()))

local function tailMany(a) return many(a, a) end
local function tailOne(a) return one(a, a) end
local function tailNone(a) return none(a) end
print(tailMany(3))
print(tailOne(3))
print(select("#", tailNone(3)))

-- upvalues and closures made per iteration
local makers = {}
for i = 1, 3 do
  local function scale(v) return v * i end
  makers[i] = function(v) return scale(v) + one(v) end
end
print(makers[1](10), makers[2](10), makers[3](10))

-- arguments are evaluated once, left to right, even when the callee drops them
local order = {}
local function arg(v) order[#order + 1] = v return v end
print(one(arg(1), arg(2)))
none(arg(3), arg(4), arg(5))
print(table.concat(order, ","))

-- an error raised for the caller names the caller's line
local function check(v) if not v then error("check failed", 2) end return v end
local function caller()
  return check(false)
end
print(pcall(caller))
local function caller2()
  local r = check(false)
  return r
end
print(pcall(caller2))
local function caller3()
  check(nil)
end
print(pcall(caller3))
print(pcall(check, nil))
local function deep(n) if n == 0 then error("bottom") end return deep(n - 1) end
print(pcall(deep, 3))
local function badArith(v) return v + 1 end
print(pcall(badArith, "x"))
print(pcall(badArith, {}))
