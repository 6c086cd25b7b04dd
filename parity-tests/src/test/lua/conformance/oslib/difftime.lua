-- checks os.difftime with fixed and computed arguments, including negative and fractional results
print(os.difftime(10, 5))
print(os.difftime(5, 10))
print(os.difftime(0, 0))
print(os.difftime(1234567890, 0))
print(os.difftime(86400 * 365, 86400))
print(type(os.difftime(2, 1)))
local t1 = os.time{year = 2023, month = 1, day = 1, hour = 0}
local t2 = os.time{year = 2023, month = 1, day = 2, hour = 6}
print(os.difftime(t2, t1))
print(os.difftime(t1, t2))
print(os.difftime(t2, t1) / 3600)
print(os.difftime(t2, t1) == t2 - t1)
local a = os.time{year = 2023, month = 2, day = 1, hour = 12}
local b = os.time{year = 2023, month = 1, day = 1, hour = 12}
print(os.difftime(a, b) / 86400)
print(string.format("%.1f", os.difftime(1e9, 0)))
