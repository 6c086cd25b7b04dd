-- Locals that accumulate in loops (r = r + x, r = x - r, ...) whatever the operands turn out to be:
-- numbers, numeric strings, tables with metamethods returning anything, nil, infinities and -0.
local function sum(list)
  local r = 0
  for i = 1, #list do r = r + list[i] end
  return r
end
print(sum({ 1, 2, 3.5 }), sum({}), sum({ "4", 5, " 6 " }), sum({ 0.1, 0.2 }))

local function product(list)
  local r = 1
  for _, v in ipairs(list) do r = r * (1 + v / 100) end
  return r
end
print(product({ 10, 20, -5 }), product({ 1e308, 1e308 }))

local function reversed(list)
  local r = 100
  local i = 1
  while list[i] do
    r = list[i] - r
    r = list[i] / r
    i = i + 1
  end
  return r
end
print(reversed({ 3, 7 }), reversed({ 0 }), reversed({}))

local function signs()
  local r = 0
  for _ = 1, 3 do r = r * -1 end
  local s = -0
  for _ = 1, 2 do s = s + 0 end
  return r, s, 1 / r, 1 / s
end
print(signs())

local V = setmetatable({}, { __add = function(a, b) return "added" end,
  __sub = function(a, b) return nil end, __mul = function(a, b) return { tag = "t" } end })
local function mixed(list)
  local r = 0
  local log = {}
  for i = 1, #list do
    r = r + list[i]
    log[#log + 1] = type(r) .. ":" .. tostring(type(r) == "table" and r.tag or r)
  end
  return table.concat(log, " ")
end
print(mixed({ 1, V }), mixed({ V }), mixed({ "2", 3 }))
print(pcall(mixed, { 1, V, 2, 3 }))
local function viaSub(list)
  local r = 5
  for i = 1, #list do r = r - list[i] end
  return r
end
print(viaSub({ 1, V }), pcall(viaSub, { V, 1 }))
local function viaMul(list)
  local r = 2
  for i = 1, #list do r = r * list[i] end
  return type(r) == "table" and r.tag or r
end
print(viaMul({ 3, V }))

-- errors name the accumulator and the operand as LuaJIT does
local function bad(list)
  local total = 0
  for i = 1, #list do total = total + list[i].value end
  return total
end
print(bad({ { value = 1 }, { value = 2 } }))
print(pcall(bad, { { value = 1 }, { value = "x" } }))
print(pcall(bad, { { value = 1 }, {} }))

-- reassigned in between, read in other ways, declared inside a loop, with goto
local function assorted(n)
  local out = {}
  for i = 1, n do
    local acc = i
    for j = 1, 3 do
      if j == 2 then goto continue end
      acc = acc + j
      ::continue::
    end
    acc = acc .. "!"
    out[#out + 1] = acc
  end
  local k = 0
  repeat k = k + 0.5 until k >= 2
  local w = 10
  while w > 1 do w = w / 2 end
  return table.concat(out, ","), k, w, math.floor(k) + w
end
print(assorted(3))
