-- checks building strings by repeated concatenation versus table.concat, with the same results
local acc = ""
local parts = {}
for i = 1, 12 do
  local piece = string.format("%02d:%s", i, string.char(64 + i))
  acc = acc .. piece .. ";"
  parts[#parts + 1] = piece
end
local joined = table.concat(parts, ";") .. ";"
print(acc)
print(acc == joined, #acc)
local buf = {}
for w in ("the quick brown fox"):gmatch("%a+") do
  buf[#buf + 1] = w:sub(1, 1):upper() .. w:sub(2)
end
print(table.concat(buf, " "))
local lines = {}
for i = 1, 3 do lines[i] = ("row " .. i):rep(2, " | ") end
print(table.concat(lines, "\n"))
