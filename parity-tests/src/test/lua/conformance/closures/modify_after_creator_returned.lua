-- checks closures that modify an upvalue after the creating function returned
local function account(balance)
  local function deposit(x) balance = balance + x; return balance end
  local function withdraw(x)
    if x > balance then return nil, "insufficient" end
    balance = balance - x
    return balance
  end
  local function get() return balance end
  return deposit, withdraw, get
end
local dep, wd, get = account(100)
print(dep(50))
print(wd(30))
print(wd(500))
print(get())
local dep2, _, get2 = account(1)
dep2(1)
print(get(), get2())
