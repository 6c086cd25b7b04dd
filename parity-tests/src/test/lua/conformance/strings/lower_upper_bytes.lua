-- checks lower/upper only change ASCII letters, leaving digits, punctuation, \0 and high bytes alone
local s = "AbC 123 xYz!@# \0\200\255"
local l, u = s:lower(), s:upper()
print(#l, #u)
print(l:sub(1, 15), u:sub(1, 15))
print(l:byte(16, -1))
print(u:byte(16, -1))
print(("\192\224"):upper():byte(1, -1))
print(("\192\224"):lower():byte(1, -1))
print(string.upper(12.5), string.lower(true and "MiXeD"))
local count = 0
for i = 0, 255 do
  local c = string.char(i)
  if c:upper() ~= c then count = count + 1 end
end
print("bytes changed by upper", count)
