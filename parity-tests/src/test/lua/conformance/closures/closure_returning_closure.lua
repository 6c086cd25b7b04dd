-- checks functions returning closures that return closures (currying)
local function curry3(f)
  return function(a)
    return function(b)
      return function(c) return f(a, b, c) end
    end
  end
end
local sum3 = curry3(function(a, b, c) return a + b + c end)
print(sum3(1)(2)(3))
local p = sum3(10)
local q = p(20)
print(q(1), q(2), p(0)(0))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
local id = compose(inc, function(x) return x - 1 end)
print(id(42))
print(type(curry3(print)))
