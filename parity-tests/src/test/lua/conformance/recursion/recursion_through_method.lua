-- checks recursion through a table method using self
local Tree = {}
Tree.__index = Tree
function Tree.new(v, l, r) return setmetatable({v = v, l = l, r = r}, Tree) end
function Tree:sum()
  local s = self.v
  if self.l then s = s + self.l:sum() end
  if self.r then s = s + self.r:sum() end
  return s
end
function Tree:depth()
  local dl = self.l and self.l:depth() or 0
  local dr = self.r and self.r:depth() or 0
  return 1 + math.max(dl, dr)
end
function Tree:inorder(out)
  out = out or {}
  if self.l then self.l:inorder(out) end
  out[#out + 1] = self.v
  if self.r then self.r:inorder(out) end
  return out
end
local t = Tree.new(4, Tree.new(2, Tree.new(1), Tree.new(3)), Tree.new(6, Tree.new(5), Tree.new(7, nil, Tree.new(8))))
print(t:sum())
print(t:depth())
print(table.concat(t:inorder(), " "))
local M = {}
function M.count(n) if n == 0 then return 0 end return 1 + M.count(n - 1) end
print(M.count(50))
print(Tree.new(1):depth(), Tree.new(9):sum())
