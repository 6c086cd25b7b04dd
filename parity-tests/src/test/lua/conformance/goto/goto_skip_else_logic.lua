-- checks goto used to implement early exits in a validation chain
local function validate(s)
  local err
  if type(s) ~= "string" then err = "not a string"; goto fail end
  if #s == 0 then err = "empty"; goto fail end
  if #s > 5 then err = "too long"; goto fail end
  do return "ok: " .. s end
  ::fail::
  return "error: " .. err
end
print(validate("abc"))
print(validate(""))
print(validate("abcdefgh"))
print(validate(42))
print(validate("12345"))
