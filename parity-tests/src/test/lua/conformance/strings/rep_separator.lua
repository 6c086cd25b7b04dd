-- checks string.rep with a separator (third argument) as LuaJIT 2.1 supports it
print(string.rep("ab", 3, ","))
print(string.rep("ab", 1, ","))
print("[" .. string.rep("ab", 0, ",") .. "]")
print("[" .. string.rep("ab", -2, ",") .. "]")
print(string.rep("", 4, "-"))
print(string.rep("x", 3, ""))
print(("na"):rep(4, " "))
print(string.rep("a", 3, "\0"):byte(1, -1))
print(string.rep(1, 3, 0))
print(#string.rep("abc", 10, "--"))
local row = "|" .. string.rep("----", 4, "+") .. "|"
print(row)
print(string.rep("?", 3, ", "))
