-- checks a recursive permutation generator (PiL style) driven through coroutine.wrap
local function permgen(a, n)
  n = n or #a
  if n <= 1 then
    coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
for p in permutations({"a", "b", "c"}) do print(table.concat(p, " ")) end
local count = 0
local seen = {}
for p in permutations({1, 2, 3, 4, 5}) do
  count = count + 1
  seen[table.concat(p)] = true
end
local distinct = 0
for _ in pairs(seen) do distinct = distinct + 1 end
print("count", count, "distinct", distinct)
local all = {}
for p in permutations({1, 2, 3, 4}) do all[#all + 1] = table.concat(p) end
table.sort(all)
print(table.concat(all, " ", 1, 12))
print(table.concat(all, " ", 13, 24))
local function combos(t, k)
  return coroutine.wrap(function()
    local chosen = {}
    local function rec(start, depth)
      if depth > k then coroutine.yield(table.concat(chosen, "")) return end
      for i = start, #t do
        chosen[depth] = t[i]
        rec(i + 1, depth + 1)
      end
    end
    rec(1, 1)
  end)
end
local out = {}
for c in combos({"w", "x", "y", "z"}, 2) do out[#out + 1] = c end
print(table.concat(out, ","))
