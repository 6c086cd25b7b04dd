-- checks math.max/min with NaN and signed zeros, where LuaJIT's result depends on argument order
local nan = 0 / 0
local function isnan(x) return x ~= x end
print(isnan(math.max(nan, 1)), isnan(math.max(1, nan)))
print(isnan(math.min(nan, 1)), isnan(math.min(1, nan)))
print(math.max(0.0, -0.0), math.max(-0.0, 0.0))
print(math.min(0.0, -0.0), math.min(-0.0, 0.0))
print(math.max(2, 2.0), math.min(-0.0, -0.0))
