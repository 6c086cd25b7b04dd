-- checks math functions coercing numeric strings, including hex and whitespace, and rejecting others
print(math.floor("3.7"), math.ceil("3.2"), math.abs("-4"), math.sqrt("16"))
print(math.max("3", "10"), math.min(" 2 ", "1e1"), math.fmod("10", "4"))
print(math.floor("0x1F"), math.floor(" 7 "), math.pow("2", "8"), math.log10("100"))
print(math.deg("0"), math.exp("0"), math.ldexp("1", "3"))
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local ok, e = pcall(function() local r = math.sqrt("four") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.floor("") return r end)
print(ok, strip(e))
ok, e = pcall(function() local r = math.max(1, "2x") return r end)
print(ok, strip(e))
