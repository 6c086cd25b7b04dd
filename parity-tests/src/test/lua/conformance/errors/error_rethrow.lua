-- checks catching an error, inspecting it and rethrowing it unchanged
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local function risky(n)
  if n > 2 then error("too big: " .. n) end
  return n * 10
end
local function wrapper(n)
  local ok, res = pcall(risky, n)
  if not ok then error(res, 0) end
  return res
end
print(pcall(wrapper, 1))
local ok, e = pcall(wrapper, 5)
print(ok, strip(e))
local errTable = {kind = "custom"}
local ok2, e2 = pcall(function()
  local okI, eI = pcall(error, errTable)
  error(eI)
end)
print(ok2, e2 == errTable, e2.kind)
local attempts = 0
local function retry()
  for i = 1, 3 do
    attempts = attempts + 1
    local okR = pcall(risky, 4 - i)
    if okR then return "succeeded on " .. i end
  end
  return "gave up"
end
print(retry(), attempts)
attempts = 0
local function alwaysFail() for i = 1, 2 do attempts = attempts + 1; pcall(risky, 9) end return "gave up" end
print(alwaysFail(), attempts)
