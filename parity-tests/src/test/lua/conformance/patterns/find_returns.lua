-- checks the values returned by find: indices, then captures; match returns captures or the match
local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  print(n, table.concat(parts, " "))
end
show(("hello world"):find("o w"))
show(("hello world"):find("(o) (w)"))
show(("hello world"):find("()o()"))
show(("hello world"):find("xyz"))
show(("hello world"):match("o w"))
show(("hello world"):match("(o) (w)"))
show(("hello world"):match("xyz"))
show(("hello"):find(""))
show(("hello"):match(""))
show(("hello"):find("l+"))
show(("hello"):find("(l)(l)(o)"))
