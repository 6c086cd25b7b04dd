-- checks goto used to leave several nested loops at once
local target = 12
local fi, fj
for i = 1, 10 do
  for j = 1, 10 do
    if i * j == target then
      fi, fj = i, j
      goto found
    end
  end
end
print("not found")
::found::
print("found", fi, fj)
local hits = 0
for a = 1, 3 do
  for b = 1, 3 do
    for c = 1, 3 do
      hits = hits + 1
      if a + b + c == 7 then goto out end
    end
  end
end
::out::
print("hits", hits)
local function search(grid, want)
  for r = 1, #grid do
    for c = 1, #grid[r] do
      if grid[r][c] == want then
        goto hit
      end
    end
  end
  do return "missing" end
  ::hit::
  return "present"
end
local g = {{1, 2}, {3, 4}}
print(search(g, 4), search(g, 5))
print(search({}, 1))
print(search({{7}}, 7))
