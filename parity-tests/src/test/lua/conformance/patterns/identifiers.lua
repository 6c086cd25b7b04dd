-- checks identifier-like patterns [%a_][%w_]* over a small source snippet
local src = "local _x1 = foo.bar(baz_2, 3abc) -- end_"
local ids = {}
for id in src:gmatch("[%a_][%w_]*") do ids[#ids + 1] = id end
print(#ids, table.concat(ids, " "))
local strictIds = {}
for id in src:gmatch("%f[%w_][%a_][%w_]*") do strictIds[#strictIds + 1] = id end
print(#strictIds, table.concat(strictIds, " "))
print(("valid_name"):match("^[%a_][%w_]*$"), ("1bad"):match("^[%a_][%w_]*$"))
print(src:match("(%w+)%.(%w+)%("))
print(src:match("%-%-%s*(.*)$"))
local calls = {}
for name, args in src:gmatch("([%w_%.]+)(%b())") do calls[#calls + 1] = name .. args end
print(table.concat(calls, ";"))
