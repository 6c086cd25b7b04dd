-- checks math.fmod sign rules: the result takes the sign of the dividend
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
print(math.fmod(6, 3), math.fmod(-6, 3), math.fmod(6, -3))
print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.fmod(5, 3.5))
print(math.fmod(0, 3), math.fmod(-0.0, 3), math.fmod(1, 1e300))
print(math.fmod(3, math.huge), math.fmod(-3, math.huge))
local nan = 0 / 0
print(math.fmod(7, 0) ~= math.fmod(7, 0), math.fmod(math.huge, 3) ~= math.fmod(math.huge, 3))
print(math.fmod("7", "3"), math.fmod(2^53, 10))
local row = {}
for i = -4, 4 do row[#row + 1] = math.fmod(i, 3) end
print(table.concat(row, " "))
