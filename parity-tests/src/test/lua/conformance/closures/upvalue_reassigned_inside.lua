-- checks closures that reassign an upvalue, visible to the outer scope
local x = 1
local function bump() x = x + 10 end
bump()
print(x)
bump(); bump()
print(x)
local s = ""
local function append(c) s = s .. c end
append("a"); append("b"); append("c")
print(s)
local flag = false
local function toggle() flag = not flag; return flag end
print(toggle(), toggle(), toggle())
print(flag)
local obj = {}
local function replace() obj = {replaced = true} end
replace()
print(obj.replaced)
