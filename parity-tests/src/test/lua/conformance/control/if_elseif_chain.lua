-- checks if/elseif/else chains picking the first true branch
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, n in ipairs({-5, 0, 3, 42, 1000}) do print(n, classify(n)) end
local function firstTrue(a, b, c)
  if a then return "a" elseif b then return "b" elseif c then return "c" end
  return "none"
end
print(firstTrue(false, 1, 1), firstTrue(nil, nil, 0), firstTrue())
local x = 5
if x > 1 then x = x * 2 end
if x > 100 then x = 0 else x = x + 1 end
print(x)
