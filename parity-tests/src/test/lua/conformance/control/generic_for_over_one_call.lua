-- A generic for whose expression list is one call with one argument: pairs and ipairs of tables,
-- renamed, shadowed and replaced; iterator factories that return more or fewer than three values;
-- more loop variables than three; errors of pairs and ipairs for values that are not tables.
local t = { "a", "b", "c", x = 1 }
for i, v in ipairs(t) do print("ipairs", i, v) end
local n = 0
for k, v in pairs(t) do n = n + 1 end
print("pairs", n)

local my_ipairs = ipairs
for i, v in my_ipairs(t) do io.write(i, v, " ") end
print()

do
  local ipairs = function(tab)
    return function(s, i)
      if i < #s then return i + 1, s[i + 1], "extra" end
    end, tab, 0
  end
  for i, v, e in ipairs(t) do print("shadowed", i, v, e) end
end

local function two(tab)
  return next, tab
end
local count = 0
for k in two({ p = 1, q = 2 }) do count = count + 1 end
print("two values", count)

local function four(tab)
  local i = 0
  return function() i = i + 1; if tab[i] then return i, tab[i], i * 2, i * 3 end end, "ignored", "ignored too", "dropped"
end
for a, b, c, d, e in four(t) do print("four", a, b, c, d, e) end

local oldpairs = pairs
pairs = function(x) return oldpairs({ replaced = x }) end
for k, v in pairs(t) do print("replaced", k, v == t) end
pairs = oldpairs

print(pcall(function() for _ in ipairs(nil) do end end))
print(pcall(function() for _ in pairs(42) do end end))
print(pcall(function() for _ in ipairs("abc") do end end))
print(pcall(ipairs))
print(pcall(pairs))
print(select("#", ipairs({}, "extra")), select(3, ipairs({}, "extra")))
print(pcall(function() for _ in nothing(t) do end end))
print(pcall(function() local it = 5; for _ in it(t) do end end))
