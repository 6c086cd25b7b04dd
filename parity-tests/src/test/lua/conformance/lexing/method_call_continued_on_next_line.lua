-- A method call may start a new line (":name(" ); only a bare "(" on a new line is ambiguous.
local s = ("Uber Atziri Shaper"):lower()
	:gsub("(%l)(%w*)", function(a, b) return a:upper() .. b end)
	:gsub("Shaper", "Pinnacle")
print(s)
local t = { v = 1 }
function t:inc(n) self.v = self.v + n return self end
t
:inc(2)
:inc(3)
print(t.v)
print(("x")
	:rep(3))
