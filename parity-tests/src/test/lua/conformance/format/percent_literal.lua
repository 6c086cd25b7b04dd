-- checks %% and literal text around conversions, including text without any conversion
local f = string.format
print(f("100%%"))
print(f("%d%%", 50))
print(f("%%d"))
print(f("%%%d%%", 7))
print(f("%.1f%% increased", 12.26))
print(f("no conversions here"))
print(f("extra args ignored", 1, 2, 3))
print(f("%s", "%%"))
print(f(""))
print(f("%%s %s", "x"))
print(f("a%%b%%c"))
