-- checks a coroutine that catches its own errors with pcall and keeps yielding afterwards
local function strip(m) return (tostring(m):gsub("^[^:]*:", "")) end
local worker = coroutine.create(function(items)
  local results = {}
  for _, item in ipairs(items) do
    local ok, v = pcall(function()
      if type(item) ~= "number" then error("not a number: " .. tostring(item)) end
      if item < 0 then error({negative = item}) end
      return item * 10
    end)
    if ok then
      coroutine.yield("ok", v)
    elseif type(v) == "table" then
      coroutine.yield("negative", v.negative)
    else
      coroutine.yield("error", strip(v))
    end
  end
  return "processed", #items
end)
local ok, a, b = coroutine.resume(worker, {1, "two", -3, 4, true})
while coroutine.status(worker) == "suspended" do
  print(ok, a, b)
  ok, a, b = coroutine.resume(worker)
end
print(ok, a, b)
local retry = coroutine.wrap(function()
  local attempts = 0
  while true do
    attempts = attempts + 1
    local ok2, e = pcall(function()
      local v = coroutine.yield("attempt " .. attempts)
      if v ~= "good" then error("rejected " .. tostring(v), 0) end
      return v
    end)
    if ok2 then return "accepted after " .. attempts end
    print("retrying:", e)
  end
end)
print(retry())
print(retry("bad"))
print(retry(nil))
print(retry("good"))
