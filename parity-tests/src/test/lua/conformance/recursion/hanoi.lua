-- checks the towers of hanoi recursion recording moves
local moves = {}
local function hanoi(n, from, to, via)
  if n == 0 then return end
  hanoi(n - 1, from, via, to)
  moves[#moves + 1] = from .. to
  hanoi(n - 1, via, to, from)
end
hanoi(3, "A", "C", "B")
print(#moves)
print(table.concat(moves, " "))
moves = {}
hanoi(10, "A", "C", "B")
print(#moves, moves[1], moves[512], moves[#moves])
local function count(n) if n == 0 then return 0 end return 2 * count(n - 1) + 1 end
print(count(10), count(20))
print(count(0))
