-- checks unary not, # and - against binary operators
local t = {1, 2, 3}
print(#t + 1)
print(#t * 2)
print(-#t)
print(#t == 3)
print(not #t)
print(-t[1] + t[2])
print(#"abc" .. "x")
print((#"ab") ^ 2)
print(-2 * -3)
print(not nil and 1)
print(- -#t)
print(#t - -1)
