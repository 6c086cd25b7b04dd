-- checks gsub with a table replacement: hits, misses (keep original), false, numbers, first capture as key
local vars = { name = "Exile", level = 90, class = false, zero = 0 }
print(("Hello $name, level $level"):gsub("%$(%w+)", vars))
print(("$missing stays"):gsub("%$(%w+)", vars))
print(("$class stays too"):gsub("%$(%w+)", vars))
print(("$zero is a value"):gsub("%$(%w+)", vars))
print(("a b c"):gsub("%w", { a = "1", c = "3" }))
print(("k=v"):gsub("(%w)=(%w)", { k = "KEY", v = "VAL" }))
local idx = { [1] = "one", ["1"] = "string one" }
print(("1"):gsub("%d", idx))
print(("x y"):gsub("%w", { x = 2.5, y = 10 }))
local ok, e = pcall(string.gsub, "abc", "%w", { a = {} })
print(ok, e)
local ok2, e2 = pcall(string.gsub, "abc", "%w", { a = true })
print(ok2, e2)
