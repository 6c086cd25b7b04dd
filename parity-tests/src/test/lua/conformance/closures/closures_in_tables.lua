-- checks closures stored as table fields and called through the table
local ops = {
  add = function(a, b) return a + b end,
  sub = function(a, b) return a - b end,
}
print(ops.add(2, 3), ops.sub(2, 3))
local function makeObj(name)
  local hits = 0
  return {
    hit = function() hits = hits + 1; return hits end,
    name = function() return name end,
  }
end
local o1, o2 = makeObj("one"), makeObj("two")
o1.hit(); o1.hit(); o2.hit()
print(o1.name(), o1.hit(), o2.name(), o2.hit())
local list = {}
for i = 1, 3 do list[i] = function() return i * i end end
print(list[1](), list[2](), list[3]())
local names = {"add", "sub"}
for _, n in ipairs(names) do print(n, ops[n](10, 4)) end
