-- checks nested captures: numbering by opening parenthesis, and in gsub replacements
print(("abcd"):match("((a)(b))((c)(d))"))
print(("key:value"):match("((%w+):(%w+))"))
print(("12:34:56"):gsub("((%d+):(%d+)):(%d+)", "[%1] [%2] [%3] [%4]"))
print(("hello world"):match("(h(e(l(l(o)))))"))
for whole, name, num in ("a1 bb22 ccc333"):gmatch("((%a+)(%d+))") do
  print(whole, name, num)
end
print(("x=1"):gsub("((%a)=(%d))", function(all, k, v) return v .. "=" .. k .. " (" .. all .. ")" end))
print(("aXbXc"):match("(a(X)b(X)c)"))
print(("abc"):find("(a(b)(c))"))
