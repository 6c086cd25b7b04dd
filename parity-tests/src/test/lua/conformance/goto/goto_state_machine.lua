-- checks forward gotos used to select a state transition per iteration
local input = {"a", "b", "x", "a", "c"}
local log = {}
for _, ch in ipairs(input) do
  if ch == "a" then goto is_a end
  if ch == "b" then goto is_b end
  log[#log + 1] = "other(" .. ch .. ")"
  goto next_char
  ::is_a::
  log[#log + 1] = "A"
  goto next_char
  ::is_b::
  log[#log + 1] = "B"
  ::next_char::
end
print(table.concat(log, " "))
print(#log)
print(log[1], log[3], log[5])
print(input[#input])
print("finished")
