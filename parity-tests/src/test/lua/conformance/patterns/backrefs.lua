-- checks back-references %1 %2 inside patterns
print(("say \"hi\" or 'bye'"):match("([\"'])(.-)%1"))
for q, text in ("'a' \"b\" 'c\"d'"):gmatch("([\"'])(.-)%1") do print(q, text) end
print(("abcabc"):match("^(.+)%1$"))
print(("abcab"):match("^(.+)%1$"))
print(("xyzzy"):find("(.)%1"))
print(("hello"):gsub("(.)%1", "[%1%1]"))
print(("aa bb cd ee"):gsub("(%a)%1", "%1"))
print(("1-2-1"):match("(%d)%-(%d)%-%1"))
print(("1-2-3"):match("(%d)%-(%d)%-%1"))
print(("[==[long]==]"):match("%[(=*)%[(.-)%]%1%]"))
print(("abab"):match("(a)(b)%1%2"))
