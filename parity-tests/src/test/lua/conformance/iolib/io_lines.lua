-- checks io.lines(name) iteration, which closes the file at the end, and errors for missing files
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("alpha\nbeta\n\ngamma\n")
f:close()
local n = 0
for line in io.lines(name) do
  n = n + 1
  print(n, "[" .. line .. "]")
end
local words = {}
for line in io.lines(name) do
  if line ~= "" then words[#words + 1] = line:upper() end
end
print(table.concat(words, ","))
local it = io.lines(name)
print(type(it))
print(it(), it(), it(), it(), it())
local total = 0
for line in io.lines(name) do total = total + #line end
print("total chars", total)
local ok2, e2 = pcall(function() for l in io.lines("no_such_file_xyz.tmp") do end end)
print(ok2, (tostring(e2):gsub("^[^:]*:", "")))
os.remove(name)
