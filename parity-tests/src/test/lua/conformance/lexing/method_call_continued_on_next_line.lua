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
-- A call right after a long string that spans lines is on the string's last line: not ambiguous.
local id = function(...) return ... end
print(id[[
first
second]]:upper())
local s = ([==[
a
b]==])
print(#s)
local function suffixer(s) return function(n) return s .. n end end
print(suffixer[[
a
b]](1))
