-- checks pcall around a small mod parser that raises errors with tables and strings for bad input
local function parseLine(line)
  local num, rest = line:match("^([%+%-]?%d+%.?%d*)%%? (.+)$")
  if not num then error({ code = "NOMATCH", line = line }) end
  local value = tonumber(num)
  if value > 1000 then error("value too large: " .. value, 0) end
  if rest:find("^to ") then return "BASE", value, rest:sub(4) end
  if rest:find("^increased ") then return "INC", value, rest:sub(11) end
  if rest:find("^reduced ") then return "INC", -value, rest:sub(9) end
  error("unknown form '" .. rest .. "'", 0)
end
local input = { "+40 to maximum Life", "15% increased Attack Speed", "8% reduced Mana Cost", "nonsense",
  "5000 to Strength", "12% more Damage", "-3 to Dexterity" }
for _, line in ipairs(input) do
  local ok, kind, value, stat = pcall(parseLine, line)
  if ok then
    print(string.format("ok   %-4s %6.1f %s", kind, value, stat))
  elseif type(kind) == "table" then
    print("fail", kind.code, kind.line)
  else
    print("fail", kind)
  end
end
local ok, e = pcall(parseLine)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
