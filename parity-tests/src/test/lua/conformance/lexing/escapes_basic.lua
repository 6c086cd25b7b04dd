-- checks the common escape sequences \n \t \\ \" \' in quoted strings
local s = "a\nb"
print(#s, string.byte(s, 2))
print("tab:\tafter")
print("back\\slash", #"\\")
print("dq: \" sq: \'", #"\"")
print('single \'quoted\' "plain"')
print("line1\nline2")
print(string.byte("\t"), string.byte("\n"), string.byte("\\"))
print(string.byte("\""), string.byte("\'"))
print("\"" == '"', "\'" == "'")
print(#"\n\t\\\"\'")
