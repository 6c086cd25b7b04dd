-- checks pcall nested inside functions called by pcall
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local ok, inner = pcall(function()
  local ok2, e2 = pcall(function()
    error("inner error")
  end)
  return "inner caught: " .. tostring(ok2) .. " " .. strip(e2)
end)
print(ok, inner)
local ok3, e3 = pcall(function()
  local okI, eI = pcall(function()
    error("first")
  end)
  error("second after " .. strip(eI), 0)
end)
print(ok3, e3)
local depth = 0
local function recurse(n)
  if n == 0 then error("bottom", 0) end
  local okR, eR = pcall(recurse, n - 1)
  depth = depth + 1
  error(eR .. "<" .. n, 0)
end
print(pcall(recurse, 3))
print(depth)
print(pcall(pcall, error, "x"))
