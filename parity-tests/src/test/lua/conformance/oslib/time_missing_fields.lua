-- checks os.time defaults (hour 12, min 0, sec 0) and errors for missing required fields
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local noon = os.time{year = 2023, month = 1, day = 10}
local midnight = os.time{year = 2023, month = 1, day = 10, hour = 0}
print(noon - midnight)
print(os.time{year = 2023, month = 1, day = 10, hour = 12, min = 0, sec = 0} == noon)
local d = os.date("*t", noon)
print(d.hour, d.min, d.sec)
local ok, e = pcall(function() local r = os.time{year = 2023, month = 1} return r end)
print(ok, strip(e))
local ok2, e2 = pcall(function() local r = os.time{year = 2023, day = 1} return r end)
print(ok2, strip(e2))
local ok3, e3 = pcall(function() local r = os.time{month = 1, day = 1} return r end)
print(ok3, strip(e3))
local ok4, e4 = pcall(function() local r = os.time{year = "2023", month = "1", day = "10"} return r end)
print(ok4, ok4 and (e4 == noon) or strip(e4))
local ok5, e5 = pcall(function() local r = os.time(5) return r end)
print(ok5, strip(e5))
print(os.time{year = 2023, month = 1, day = 10, min = 30} - noon)
print(os.time{year = 2023, month = 1, day = 10, sec = 15} - noon)
