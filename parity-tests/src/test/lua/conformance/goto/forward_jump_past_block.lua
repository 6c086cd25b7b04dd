-- checks a forward goto that skips over statements and blocks
print("before")
goto done
print("skipped 1")
do
  print("skipped 2")
end
::done::
print("after done")
local x = 1
if x == 1 then goto label2 end
x = 100
::label2::
print("x", x)
local function f(n)
  if n > 0 then goto positive end
  do return "non-positive" end
  ::positive::
  return "positive"
end
print(f(1), f(0), f(-5))
local count = 0
for i = 1, 3 do
  count = count + 1
  goto after_loop
end
::after_loop::
print("loop ran", count)
