-- checks leveled long strings [=[ ]=] containing closing brackets of other levels
local a = [==[ contains ]] and ]=] inside ]==]
print(a)
print(#a)
local b = [=[x]]y]=]
print(b, #b)
local c = [===[ ]==] ]=] ]] ]===]
print(c)
local d = [=[
first
]]second]=]
print(d)
local e = [==[]==]
print("<" .. e .. ">")
local f = [=[[[nested brackets]]]=]
print(f)
