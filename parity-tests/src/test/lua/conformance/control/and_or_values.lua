-- checks that and/or return one of their operands, not a boolean
print(nil and 1)
print(false or nil)
print(1 and 2)
print(nil or "d")
print(false and error("not evaluated"))
print(1 or error("not evaluated"))
print(0 and "zero is true")
print("" or "empty string is true")
print(nil or false)
print(false or false or 3)
print(1 and nil and 2)
local x = nil
local v = x and x.field or "default"
print(v)
local cond = false
print(cond and "yes" or "no")
print(true and false or "fallback")
