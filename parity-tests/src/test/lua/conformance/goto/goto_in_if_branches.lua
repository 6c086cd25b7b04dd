-- checks gotos from inside if branches to a label later in the enclosing block
local function grade(score)
  local g
  if score >= 90 then g = "A"; goto out
  elseif score >= 80 then g = "B"; goto out
  end
  if score >= 70 then g = "C" else g = "F" end
  ::out::
  return g
end
print(grade(95), grade(85), grade(75), grade(10))
local trace = {}
for i = 1, 3 do
  if i == 1 then
    trace[#trace + 1] = "one"
    goto continue
  else
    if i == 2 then
      trace[#trace + 1] = "two"
      goto continue
    end
  end
  trace[#trace + 1] = "other" .. i
  ::continue::
end
print(table.concat(trace, ","))
print(grade(90), grade(80), grade(70))
print(grade(89.5), grade(0))
print(#trace)
