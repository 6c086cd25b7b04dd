-- checks the fields of os.date("!*t", ...) for fixed timestamps, listed in sorted key order
local function dump(ts)
  local t = os.date("!*t", ts)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(t[k]) end
  print(table.concat(parts, " "))
end
dump(1234567890)
dump(0)
dump(951782400)
dump(86400 * 365)
dump(1700000000)
dump(2147483647)
local t = os.date("!*t", 1234567890)
print(type(t), type(t.isdst), type(t.year))
print(os.date("!*t", 1234567890).wday == tonumber(os.date("!%w", 1234567890)) + 1)
print(os.date("!*t", 1234567890).yday == tonumber(os.date("!%j", 1234567890)))
local t2 = os.date("!*t", 1234567890)
t2.isdst = nil
local back = os.time(t2)
print(type(back))
