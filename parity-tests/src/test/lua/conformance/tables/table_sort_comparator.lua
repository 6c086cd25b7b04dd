-- checks table.sort with a custom comparator
local n = {5, 2, 8, 1, 9, 3}
table.sort(n, function(a, b) return a > b end)
print(table.concat(n, " "))
local people = {
  {name = "bob", age = 30},
  {name = "alice", age = 25},
  {name = "carol", age = 35},
}
table.sort(people, function(a, b) return a.age < b.age end)
for _, p in ipairs(people) do print(p.name, p.age) end
table.sort(people, function(a, b) return a.name > b.name end)
print(people[1].name, people[3].name)
local words = {"ccc", "a", "bb", "dddd"}
table.sort(words, function(a, b) return #a < #b end)
print(table.concat(words, ","))
local byLenThenAlpha = {"bb", "aa", "c", "b"}
table.sort(byLenThenAlpha, function(a, b)
  if #a ~= #b then return #a < #b end
  return a < b
end)
print(table.concat(byLenThenAlpha, ","))
