-- checks table.concat errors for invalid values and ranges that reach nil
local function strip(e) return (tostring(e):gsub("^[^:]*:", "")) end
local function try(...)
  local args = { ... }
  local ok, e = pcall(function()
    local r = table.concat(unpack(args, 1, 4))
    return r
  end)
  print(ok, ok and e or strip(e))
end
try({ 1, {}, 3 })
try({ 1, true })
try({ "a", "b" }, ",", 1, 3)
try({ "a", "b" }, ",", 0, 1)
try({ "a", "b" }, {})
try({ "a", "b" }, ",", "x")
try("abc")
try({ 1, 2 }, ",", 2, 1)
