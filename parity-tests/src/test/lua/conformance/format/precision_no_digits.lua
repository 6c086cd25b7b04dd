-- checks a bare "." precision (meaning 0) and explicit .0 on each numeric conversion
local f = string.format
print(f("%.f", 2.7), f("%.0f", 2.7), f("%.f", 12345.6789))
print(f("%.e", 12345.6789), f("%.0e", 12345.6789))
print(f("%.g", 12345.6789), f("%.0g", 12345.6789))
print(f("%.f", -0.3), f("%.0f", -2.7))
print(f("%.d", 5), f("[%.d]", 0))
print(f("[%.s]", "abc"), f("[%.0s]", "abc"))
print(f("[%5.f]", 9.9), f("[%-5.f]", 9.9))
print(f("%.f%%", 99.7))
