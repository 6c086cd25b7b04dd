-- checks arithmetic producing and consuming inf and nan
local inf, nan = 1 / 0, 0 / 0
print(inf + inf, inf - 1, -inf * 2)
print(inf * 0 ~= inf * 0)
print(inf / inf ~= inf / inf)
print(1 / inf, -1 / inf)
print(nan == nan, nan + 0 == nan)
print(inf == inf, -inf == -inf)
print(math.floor(-inf) == -inf)
print(math.abs(-inf) == inf)
print(inf > 0, -inf < 0)
print(math.max(inf, 1), math.min(-inf, 1))
