-- checks single vs double quoted strings and embedded quotes
print("double 'single' inside")
print('single "double" inside')
print("" == '', #"", #'')
print("abc" == 'abc')
print([["both" 'kinds']])
print('it\'s', "say \"hi\"")
print("a" .. 'b' .. [[c]])
local s = 'x'
print(s, type(s), #s)
print(#"  ", #'\t')
print("mixed 'q' \"q\"")
