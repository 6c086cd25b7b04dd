-- checks how the variable kind (local, global, field, upvalue, method) appears in messages
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local upv = nil
local cases = {
  function() local loc; return loc.x end,
  function() return glob.x end,
  function() local t = {}; return t.fld.x end,
  function() return upv.x end,
  function() local t = {}; return t:meth() end,
  function() local t = {}; return t[1].x end,
  function() return ("s").x.y end,
}
for i, f in ipairs(cases) do
  local ok, e = pcall(f)
  print(i, ok, strip(e))
end
