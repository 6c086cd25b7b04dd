-- checks control character escapes \a \b \f \v \r by their byte values
print(string.byte("\a"))
print(string.byte("\b"))
print(string.byte("\f"))
print(string.byte("\v"))
print(string.byte("\r"))
print(string.byte("\n"))
print(string.byte("\t"))
local s = "\a\b\f\v\r\n\t"
print(#s)
print(string.byte(s, 1, -1))
print("\a" == string.char(7), "\r" == string.char(13))
