-- checks gmatch with patterns that can match the empty string
local parts = {}
for m in ("abc"):gmatch("x*") do parts[#parts + 1] = "[" .. m .. "]" end
print(#parts, table.concat(parts))
parts = {}
for m in ("xxaxx"):gmatch("x*") do parts[#parts + 1] = "[" .. m .. "]" end
print(#parts, table.concat(parts))
parts = {}
for m in (""):gmatch(".-") do parts[#parts + 1] = "[" .. m .. "]" end
print(#parts, table.concat(parts))
parts = {}
for p in ("ab"):gmatch("()") do parts[#parts + 1] = p end
print(table.concat(parts, ","))
parts = {}
for w in ("one,,three,"):gmatch("([^,]*)") do parts[#parts + 1] = "<" .. w .. ">" end
print(#parts, table.concat(parts))
local it = ("a1"):gmatch("%d*")
print("[" .. it() .. "]", "[" .. it() .. "]", "[" .. it() .. "]", it())
