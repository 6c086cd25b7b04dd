-- checks table.concat with default, empty, multi-char, numeric and control-char separators
local t = { "a", "b", "c" }
print(table.concat(t))
print(table.concat(t, ""))
print(table.concat(t, ", "))
print(table.concat(t, " -> "))
print(table.concat(t, 0))
print(table.concat(t, 1.5))
print(table.concat(t, nil))
print(table.concat(t, "\n"))
print(table.concat(t, "\0"):byte(1, -1))
print("[" .. table.concat({}, ",") .. "]", "[" .. table.concat({ "x" }, ",") .. "]")
