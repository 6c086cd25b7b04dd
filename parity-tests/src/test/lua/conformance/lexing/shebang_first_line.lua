#!/usr/bin/env luajit
-- checks that a #! first line is skipped by the lexer
local x = 10
print("shebang skipped", x)
print(1 + 1)
local t = {"a", "b"}
print(#t)
print(t[1] .. t[2])
print(type(print))
print("# inside a string is fine")
print(#"#!")
