-- checks __newindex as a function called only for absent keys
local log = {}
local t = setmetatable({existing = 1}, {
  __newindex = function(tbl, k, v)
    log[#log + 1] = tostring(k) .. "=" .. tostring(v)
    rawset(tbl, k, v and v * 2)
  end
})
t.existing = 5
t.new = 10
t.new = 11
t[1] = 7
print(t.existing, t.new, t[1])
print(table.concat(log, " "))
t.gone = nil
print(#log, log[#log])
local readonly = setmetatable({}, {__newindex = function(_, k) error("readonly: " .. k, 2) end})
local ok, err = pcall(function()
  readonly.x = 1
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
rawset(readonly, "y", 2)
readonly.y = 3
print(readonly.y)
