-- checks UTC dates around leap days and century years computed from fixed timestamps
local day = 86400
local feb28_2000 = 951696000
for i = 0, 2 do print(os.date("!%Y-%m-%d %a %j", feb28_2000 + i * day)) end
local feb28_2100 = 4107456000
for i = 0, 1 do print(os.date("!%Y-%m-%d %a %j", feb28_2100 + i * day)) end
local feb28_2019 = 1551312000
for i = 0, 1 do print(os.date("!%Y-%m-%d %a %j", feb28_2019 + i * day)) end
local feb28_2020 = 1582848000
for i = 0, 2 do print(os.date("!%Y-%m-%d %a %j", feb28_2020 + i * day)) end
print(os.date("!%Y-%m-%d %j", 1609372800))
print(os.date("!%Y-%m-%d %j", 1577750400))
print(os.date("!%Y-%m-%d %H:%M:%S", 1609459199))
print(os.date("!%Y-%m-%d %H:%M:%S", 1609459200))
