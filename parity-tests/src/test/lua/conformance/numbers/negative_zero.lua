-- checks how -0 prints and compares
print(-0)
print(0 * -1)
print(-0.0)
print(0 == -0)
print(1 / -0 < 0)
print(1 / (0 * -1))
print(tostring(-0.0))
print(-0.0 .. "")
local z = -0
print(z, -z)
print(0 / -1)
print(math.abs(-0.0))
print(-0 + 0)
