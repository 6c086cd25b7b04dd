-- checks the + and space flags on integers and floats, and + overriding space
local f = string.format
print(f("%+d", 5), f("%+d", -5), f("%+d", 0))
print(f("% d", 5), f("% d", -5), f("% d", 0))
print(f("%+ d", 5), f("% +d", 5))
print(f("[%+5d]", 5), f("[%-+5d]", 5), f("[%+05d]", 5))
print(f("[% 5d]", 5), f("[% -5d]", 5), f("[% 05d]", 5))
print(f("%+.2f", 1.5), f("%+.2f", -1.5), f("% .2f", 1.5))
print(f("%+e", 12.5), f("% e", 12.5))
print(f("%+g", 0.5), f("% g", 0.5), f("%+g", 0))
print(f("%+i", 42), f("% i", 42))
local deltas = { 12, -3, 0, 7.5 }
local out = {}
for i, d in ipairs(deltas) do out[i] = f("%+g", d) end
print(table.concat(out, " "))
