-- checks recursive in-order, pre-order and level traversals of a binary tree yielding from nested calls
local function insert(node, v)
  if node == nil then return {value = v} end
  if v < node.value then node.left = insert(node.left, v) else node.right = insert(node.right, v) end
  return node
end
local root
for _, v in ipairs({50, 30, 70, 20, 40, 60, 80, 35, 45, 65}) do root = insert(root, v) end
local function inorder(node)
  if node then
    inorder(node.left)
    coroutine.yield(node.value)
    inorder(node.right)
  end
end
local function preorder(node, depth)
  if node then
    coroutine.yield(node.value, depth)
    preorder(node.left, depth + 1)
    preorder(node.right, depth + 1)
  end
end
local function iter(f, ...)
  local args = {...}
  return coroutine.wrap(function() f(unpack(args)) end)
end
local out = {}
for v in iter(inorder, root) do out[#out + 1] = v end
print(table.concat(out, " "))
for v, d in iter(preorder, root, 0) do print(string.rep("  ", d) .. v) end
local function sameFringe(t1, t2)
  local g1, g2 = iter(inorder, t1), iter(inorder, t2)
  while true do
    local a, b = g1(), g2()
    if a ~= b then return false end
    if a == nil then return true end
  end
end
local other
for _, v in ipairs({20, 30, 35, 40, 45, 50, 60, 65, 70, 80}) do other = insert(other, v) end
print("same fringe", sameFringe(root, other))
other = insert(other, 99)
print("same fringe after insert", sameFringe(root, other))
