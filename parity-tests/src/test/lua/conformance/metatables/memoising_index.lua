-- checks an __index function that caches computed values with rawset
local computed = 0
local squares = setmetatable({}, {
  __index = function(t, k)
    computed = computed + 1
    local v = k * k
    rawset(t, k, v)
    return v
  end
})
print(squares[4], computed)
print(squares[4], computed)
print(squares[5], squares[6], computed)
print(rawget(squares, 5), rawget(squares, 7))
local fibs = setmetatable({[0] = 0, [1] = 1}, {
  __index = function(t, n)
    local v = t[n - 1] + t[n - 2]
    rawset(t, n, v)
    return v
  end
})
print(fibs[30], fibs[50])
print(fibs[80])
