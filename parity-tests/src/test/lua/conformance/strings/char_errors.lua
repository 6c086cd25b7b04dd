-- checks string.char errors for values outside 0..255 and non-numbers
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local function try(...)
  local args = { ... }
  local ok, e = pcall(function()
    local r = string.char(unpack(args))
    return r
  end)
  print(ok, ok and #e or strip(e))
end
try(256)
try(-1)
try(65, 300)
try("x")
try({})
try(255, 0)
try(65.5)
