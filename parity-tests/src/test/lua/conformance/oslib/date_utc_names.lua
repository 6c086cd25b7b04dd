-- checks weekday/month names, day of year, AM/PM and %% in UTC os.date formats
print(os.date("!%A %a %B %b %j %p %y %%", 86400 * 45))
print(os.date("!%A %a %B %b %j %p %y %%", 0))
print(os.date("!%A %a %B %b %j %p %y %%", 86400 * 45 + 13 * 3600))
local base = 1610668800
for i = 0, 11 do
  local ts = base + math.floor(i * 30.5) * 86400
  print(os.date("!%m %B %b %d %j", ts))
end
for i = 0, 6 do
  print(os.date("!%w %A %a", base + i * 86400))
end
print(os.date("!%I %p", 0), os.date("!%I %p", 11 * 3600), os.date("!%I %p", 12 * 3600), os.date("!%I %p", 23 * 3600))
print(os.date("!%%Y is literal, %Y is not", 951782400))
