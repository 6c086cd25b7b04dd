-- checks line comments, including ones that look like long comment openers
print(1) -- trailing comment
--[ not a long comment because of single bracket
print(2)
---[[ three dashes make this a line comment
print(3)
--]]
-- [[ space after dashes: a line comment
print(4)
--[=x not a long comment either
print(5)
local s = "--not a comment inside a string"
print(s)
print(6) --
print(7)
