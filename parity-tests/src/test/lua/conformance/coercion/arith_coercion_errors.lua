-- checks arithmetic coercion failures on invalid numeric strings
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local bad = {"abc", "", " ", "1x", "0x", "1e", "--1", "1 2"}
for _, s in ipairs(bad) do
  local ok, e = pcall(function()
    local r = s + 1
    return r
  end)
  print("[" .. s .. "]", ok, strip(e))
end
print("12" + 0, "0x1A" + 0)
