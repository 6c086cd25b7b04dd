-- checks preserving nils in varargs by packing with the count and unpacking a range
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(unpack(p, 1, p.n))
print(select("#", unpack(p, 1, p.n)))
local q = pack(nil, nil)
print(q.n, select("#", unpack(q, 1, q.n)))
local e = pack()
print(e.n, select("#", unpack(e, 1, e.n)))
local function forward(...)
  local packed = pack(...)
  return unpack(packed, 1, packed.n)
end
print(forward("a", nil, "c"))
print(select("#", forward(nil, nil, nil)))
