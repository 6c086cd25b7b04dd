-- checks pcall in a loop catching only some iterations
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function maybeFail(i)
  if i % 3 == 0 then
    error("fail " .. i)
  end
  return i
end
local okCount, failCount = 0, 0
local msgs = {}
for i = 1, 9 do
  local ok, r = pcall(maybeFail, i)
  if ok then okCount = okCount + 1 else failCount = failCount + 1; msgs[#msgs + 1] = strip(r) end
end
print(okCount, failCount)
for _, m in ipairs(msgs) do print(m) end
local sum = 0
for i = 1, 6 do
  local ok, r = pcall(maybeFail, i)
  sum = sum + (ok and r or 0)
end
print(sum)
