-- checks identifiers with underscores, digits and keyword-like names
local _ = "underscore"
local _a1 = 1
local a_b_c = 2
local A1b2 = 3
local __x__ = 4
local x123456789 = 5
local And, Or, Not = 6, 7, 8
local nil_, end_, ifx, fortune = 9, 10, 11, 12
print(_, _a1, a_b_c, A1b2, __x__)
print(x123456789, And, Or, Not)
print(nil_, end_, ifx, fortune)
local camelCase, snake_case, UPPER = "c", "s", "U"
print(camelCase .. snake_case .. UPPER)
local t = {}
t._private = 1
t.a1 = 2
t["end"] = 3
t["while"] = 4
print(t._private, t.a1, t["end"], t["while"])
local abc, Abc, ABC = 1, 2, 3
print(abc, Abc, ABC)
