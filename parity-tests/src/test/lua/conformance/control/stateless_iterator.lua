-- checks a custom stateless iterator receiving state and control variable
local function iter(t, i)
  i = i + 1
  local v = t[i]
  if v ~= nil then return i, v end
end
local function myIpairs(t) return iter, t, 0 end
for i, v in myIpairs({"p", "q", "r"}) do print(i, v) end
local function countdown(start, cur)
  if cur == nil then return start end
  if cur > 1 then return cur - 1 end
end
local out = {}
for v in countdown, 4 do out[#out + 1] = v end
print(table.concat(out, " "))
local function squares(n, i)
  if i < n then return i + 1, (i + 1) ^ 2 end
end
for i, sq in squares, 4, 0 do print(i, sq) end
