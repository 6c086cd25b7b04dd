-- checks \z which skips following whitespace including newlines
local a = "abc\z   def"
print(a, #a)
local b = "one\z
           two"
print(b, #b)
local c = "x\z
  
     y"
print(c, #c)
local d = "\z  start"
print(d, #d)
local e = "end\z    "
print(e .. "|", #e)
local f = "tab\z		after"
print(f)
