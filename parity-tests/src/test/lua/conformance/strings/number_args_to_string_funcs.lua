-- checks string library functions accepting numbers where strings are expected
print(string.len(123), string.len(1.5), string.len(-0.0), string.len(1e100))
print(string.upper(12.5), string.lower(1e20))
print(string.rep(5, 3), string.rep(0.5, 2))
print(string.sub(12345, 2, 3), string.sub(3.14159, 1, 4))
print(string.reverse(123), string.byte(7), string.byte(65, 1))
print(string.find(12345, 34), string.find(1.5, ".", 1, true))
print(string.match(2024, "%d%d$"), string.gsub(1000, "0", "o"))
print(string.format(12), string.format(1.5))
local n = 255
print(("%x"):format(n), string.len(n), #tostring(n))
