-- checks [[...]] long strings: multi-line content, no escape processing
local s = [[hello world]]
print(s, #s)
local m = [[line one
line two
line three]]
print(m)
print(#m)
local raw = [[a\nb\t"quoted" 'single']]
print(raw, #raw)
local e = [[]]
print("[" .. e .. "]", #e)
local br = [[has ] single bracket]]
print(br)
local eq = [[contains = and [ too]]
print(eq)
