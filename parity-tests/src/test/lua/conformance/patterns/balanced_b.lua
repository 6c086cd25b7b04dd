-- checks %b with parentheses, brackets, quotes and unbalanced input
print(("f(a(b)c)d"):match("%b()"))
print(("f(a(b)c"):match("%b()"))
print(("x[1][2[3]]"):gsub("%b[]", "<>"))
print(("call(a, g(b, c), d) rest"):match("^(%w+)(%b())"))
print(("{a{b}c}{d}"):match("%b{}"))
for g in ("(a)(b(c))((d))"):gmatch("%b()") do print(g) end
print(("say 'hi' and 'bye'"):gsub("%b''", "Q"))
print(("((("):find("%b()"))
print(("())"):find("%b()"))
print(("<<>>"):match("%b<>"))
print(("aXbXc"):match("%bXX"))
print(("if (a and (b or c)) then"):match("if (%b()) then"))
print(("(unclosed (inner)"):match("%b()"))
