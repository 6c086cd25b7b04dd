-- checks #{...} where trailing arguments are nil (only the count is well defined via select)
local function info(...)
  return select("#", ...), #{...}
end
print(info(1, 2, 3))
print(info(nil))
print(info(1, nil))
print(info(1, 2, nil))
print(info(nil, nil, nil))
local function countNonNil(...)
  local c = 0
  for i = 1, select("#", ...) do
    if select(i, ...) ~= nil then c = c + 1 end
  end
  return c
end
print(countNonNil(1, nil, 3, nil, 5))
print(countNonNil())
