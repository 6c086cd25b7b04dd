-- checks os.time normalisation of negative and overflowing hour, min and sec fields
local function show(label, tbl)
  local d = os.date("*t", os.time(tbl))
  print(label, string.format("%04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d",
    d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday))
end
show("hour -1", {year = 2023, month = 1, day = 15, hour = -1})
show("hour -25", {year = 2023, month = 1, day = 15, hour = -25})
show("hour 48", {year = 2023, month = 1, day = 15, hour = 48})
show("min -30", {year = 2023, month = 1, day = 15, hour = 12, min = -30})
show("min 150", {year = 2023, month = 1, day = 15, hour = 12, min = 150})
show("sec -1", {year = 2023, month = 1, day = 15, hour = 12, min = 0, sec = -1})
show("sec 3600", {year = 2023, month = 1, day = 15, hour = 12, min = 0, sec = 3600})
show("sec 86400", {year = 2023, month = 1, day = 15, hour = 12, sec = 86400})
show("day -1", {year = 2023, month = 2, day = -1, hour = 12})
show("day -30", {year = 2023, month = 2, day = -30, hour = 12})
show("all mixed", {year = 2023, month = 2, day = -3, hour = 30, min = -90, sec = 125})
local a = os.time{year = 2023, month = 1, day = 15, hour = 12, min = -30}
local b = os.time{year = 2023, month = 1, day = 15, hour = 11, min = 30}
print("same instant", a == b)
