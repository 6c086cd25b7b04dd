-- checks os.time/os.date("*t") round trips for local January/February dates and derived wday/yday
local dates = {
  {2020, 1, 1}, {2020, 1, 31}, {2020, 2, 29}, {2021, 2, 28}, {2023, 1, 15},
  {2024, 2, 1}, {2000, 1, 1}, {1999, 2, 14}, {2038, 1, 1}, {2016, 2, 29},
}
for _, d in ipairs(dates) do
  local ts = os.time{year = d[1], month = d[2], day = d[3], hour = 10, min = 20, sec = 30}
  local t = os.date("*t", ts)
  print(string.format("%04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday),
    os.date("%Y-%m-%d %H:%M:%S %a %j", ts))
end
local t = os.date("*t", os.time{year = 2023, month = 1, day = 1, hour = 12})
print(type(t.isdst))
t.day = t.day + 40
local n = os.date("*t", os.time(t))
print(n.year, n.month, n.day)
