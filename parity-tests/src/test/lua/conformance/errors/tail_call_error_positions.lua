-- A tail call replaces the caller's frame: error levels and positions skip the caller, and a
-- tail-called library function's argument error is named by the next call site up.
local function f() return string.rep() end
local function g() local r = f() return r end
print(pcall(g))
print(pcall(f))
local obj = { m = function(self) return string.rep() end }
local function viaMethod() local r = obj:m() return r end
print(pcall(viaMethod))
local function twice() return f() end
local function callsTwice() local r = twice() return r end
print(pcall(callsTwice))

local function check(v) if not v then error("check failed", 2) end return v end
local function t1() return check(false) end
local function t2() local r = t1() return r end
print(pcall(t2))
local function t3() return error("lvl1") end
local function t4() local r = t3() return r end
print(pcall(t4))
local function t5() return error("lvl2", 2) end
local function t6() local r = t5() return r end
print(pcall(t6))
local function t7() return obj:missing() end
local function t8() local r = t7() return r end
print(pcall(t8))
local function t9(n) if n == 0 then error("deep", 3) end return t9(n - 1) end
local function t10() local r = t9(4) return r end
local function t11() local r = t10() return r end
print(pcall(t11))
local function t12() return undefinedFunction(1) end
local function t13() local r = t12() return r end
print(pcall(t13))
