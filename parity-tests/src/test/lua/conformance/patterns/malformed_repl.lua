-- checks gsub replacement errors and non-string argument errors, caught with pcall
local function try(...)
  local ok, a, b = pcall(string.gsub, ...)
  print(ok, (tostring(a):gsub("^[^:]*:", "")), b)
end
try("abc", "a", "%2")
try("abc", "(a)", "%2")
try("abc", "a", "%9")
try("abc", "a")
try("abc")
try(nil, "a", "b")
try({}, "a", "b")
try("abc", "a", true)
try(123, "2", "x")
try("abc", 1, "x")
try("a1b", 1, 2)
-- a lone "%" at the end of the replacement copies the terminating NUL byte
print(("abc"):gsub("a", "%"):byte(1, -1))
print(("abc"):gsub("b", "x%"):byte(1, -1))
local ok, e = pcall(function()
  local r = ("abc"):gsub("a", "%5")
  return r
end)
print(ok, (tostring(e):gsub("^[^:]*:", "")))
