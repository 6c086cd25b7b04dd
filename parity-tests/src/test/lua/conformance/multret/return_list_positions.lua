-- checks calls inside a return list: only the last expands
local function two() return "a", "b" end
local function r1() return two(), two() end
local function r2() return two(), "x" end
local function r3() return "x", two() end
local function r4() return two(), two(), two() end
print(r1())
print(r2())
print(r3())
print(r4())
print(select("#", r4()))
local function r5() return end
print(select("#", r5()))
local function r6() return nil end
print(select("#", r6()))
