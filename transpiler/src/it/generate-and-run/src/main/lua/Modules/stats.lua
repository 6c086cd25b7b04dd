local M = {}
function M.total(list)
  local sum = 0
  for _, v in ipairs(list) do sum = sum + v end
  return sum
end
function M.mean(list)
  return M.total(list) / #list
end
return M
