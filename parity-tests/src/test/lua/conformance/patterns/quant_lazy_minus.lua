-- checks the lazy quantifier - against greedy *, including empty lazy matches
local s = "<b>bold</b> and <i>italic</i>"
print(s:match("<(.*)>"))
print(s:match("<(.-)>"))
for tag in s:gmatch("<(.-)>") do print("tag", tag) end
print(("aaa"):match("a-"), #("aaa"):match("a-"))
print(("aaab"):match("a-b"))
print(("xaaab"):match("a-b"))
print(("key = value"):match("^(.-)%s*=%s*(.-)$"))
print(("a.b.c"):match("^(.-)%.(.*)$"))
print(("a.b.c"):match("^(.*)%.(.-)$"))
print(("/usr/local/bin/lua"):match("^(.*)/"))
print(("/usr/local/bin/lua"):match("^(.-)/"))
print(("[[x]] [[y]]"):gsub("%[%[(.-)%]%]", "{%1}"))
print(("abc"):gsub("%w-", "."))
print(("--comment\ncode"):match("^%-%-(.-)\n"))
