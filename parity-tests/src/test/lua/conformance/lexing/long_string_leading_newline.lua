-- checks that the first newline directly after [[ is skipped, but only one
local a = [[
abc]]
print(#a, a)
local b = [[

abc]]
print(#b, string.byte(b, 1))
local c = [==[
xyz]==]
print(#c, c)
local d = [[ 
abc]]
print(#d, string.byte(d, 1), string.byte(d, 2))
local e = [[abc
]]
print(#e, string.byte(e, 4))
local f = [[
]]
print(#f)
