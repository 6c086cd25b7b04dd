-- checks small numeric helpers (clamp, lerp, sign, percentage application) used in build calculators
local function clamp(v, lo, hi) return math.max(lo, math.min(hi, v)) end
local function lerp(a, b, t) return a + (b - a) * t end
local function sign(v) return v > 0 and 1 or v < 0 and -1 or 0 end
for _, v in ipairs({ -10, 0, 37.5, 75, 120 }) do
  print(v, clamp(v, 0, 75), sign(v))
end
for _, t in ipairs({ 0, 0.25, 0.5, 1 }) do print(t, lerp(10, 20, t), lerp(-1, 1, t)) end
local base, inc, more = 100, 50, 20
local total = base * (1 + inc / 100) * (1 + more / 100)
print(total, string.format("%.2f", total), math.floor(total))
local resist = clamp(75 + 30 - 60, -200, 75)
print(resist, string.format("%d%%", resist))
local hits = { 120.5, 98.25, 143.75 }
local sum = 0
for _, h in ipairs(hits) do sum = sum + h end
print(sum, sum / #hits, string.format("%.3f", sum / #hits))
