-- checks recursive flattening and deep counting of nested tables
local function flatten(t, out)
  out = out or {}
  for _, v in ipairs(t) do
    if type(v) == "table" then flatten(v, out) else out[#out + 1] = v end
  end
  return out
end
local nested = {1, {2, {3, {4, {5}}}}, 6, {{7}}, {}}
print(table.concat(flatten(nested), ","))
local function depth(t)
  local d = 0
  for _, v in ipairs(t) do
    if type(v) == "table" then d = math.max(d, depth(v)) end
  end
  return d + 1
end
print(depth(nested))
print(depth({}))
local function sum(t)
  local s = 0
  for _, v in ipairs(t) do s = s + (type(v) == "table" and sum(v) or v) end
  return s
end
print(sum(nested))
print(#flatten({}))
