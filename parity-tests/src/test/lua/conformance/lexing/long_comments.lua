-- checks long comments --[[ ]] and --[==[ ]==] including inline use
print("start")
--[[ this is a
multi-line comment
print("not printed")
]]
print("after first")
--[==[ contains ]] and ]=] but continues
print("also not printed")
]==]
print("after second")
local x = 1 --[[ inline ]] + 2
print(x)
--[[ single line ]] print("code after comment on same line")
local t = { 1, --[[ two ]] 3 }
print(#t, t[2])
--[=[
]]
]=] print("after level one")
print("end")
