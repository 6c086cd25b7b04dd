-- checks if conditions built from and/or/not and comparisons
local function check(a, b)
  if a and b then return "both"
  elseif a or b then return "one"
  else return "neither" end
end
print(check(1, 2), check(nil, 2), check(false, nil))
local function range(x)
  if x >= 1 and x <= 10 and not (x == 5) then return "in" end
  return "out"
end
print(range(1), range(5), range(10), range(11))
local t = {}
if t.missing == nil and not t.missing then print("missing is nil") end
if #t == 0 or t[1].x then print("short circuit protected") end
local s = ""
if s then print("empty string is truthy") end
if 0 then print("zero is truthy") end
