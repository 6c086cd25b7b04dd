-- checks using varargs directly inside expressions (only first value used)
local function f(...) return ... + 1 end
print(f(10, 20))
local function g(...) return (...) .. "!" end
print(g("hi", "there"))
local function h(...) return -... end
print(h(5))
local function cmp(...) return ... == nil end
print(cmp(), cmp(1))
local function both(...) local a, b = ... return a * (b or 1) end
print(both(3, 4), both(3))
local function n(...) return not ... end
print(n(), n(false, true), n(0))
