-- checks that long strings keep backslashes and quotes literally
local s = [[C:\temp\new]]
print(s, #s)
local t = [==[\x41\65\z]==]
print(t, #t)
local q = [["'"']]
print(q, #q)
print(string.byte([[\]]), #[[\]])
local n = [[\n]]
print(#n, n == "\\n")
local tab = [[a	b]]
print(#tab, string.byte(tab, 2))
