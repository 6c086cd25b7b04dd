-- checks that a long comment only ends at the bracket of its own level
print("a")
--[==[
]] not the end
]=] not the end
]===] not the end
]==]
print("b")
--[=[]=] print("c")
--[[]] print("d")
--[[
--]] print("e")
--[==[ nested --[[ ]] ]==] print("f")
print("g")
