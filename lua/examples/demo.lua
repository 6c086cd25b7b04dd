-- A small calculation in the idioms Path of Building uses (class with memoising __index, a mod store
-- summing BASE/INC/MORE mods parsed from text, string.format of results), run as compiled Java by
--   java -jar transpiler/target/lua2java-cli.jar run lua/examples/demo.lua
-- and as Lua by `luajit lua/examples/demo.lua`: both print the same.

local ModStore = {}
ModStore.__index = ModStore

function ModStore.new()
  return setmetatable({ mods = {} }, ModStore)
end

function ModStore:add(name, kind, value)
  local list = self.mods[name]
  if not list then
    list = {}
    self.mods[name] = list
  end
  list[#list + 1] = { kind = kind, value = value }
end

function ModStore:sum(kind, name)
  local total = kind == "MORE" and 1 or 0
  for _, mod in ipairs(self.mods[name] or {}) do
    if mod.kind == kind then
      if kind == "MORE" then
        total = total * (1 + mod.value / 100)
      else
        total = total + mod.value
      end
    end
  end
  return total
end

local patterns = {
  { "^%+(%d+) to maximum (%a+)$", "BASE" },
  { "^(%d+)%% increased maximum (%a+)$", "INC" },
  { "^(%d+)%% more maximum (%a+)$", "MORE" },
}

local function parseMod(store, line)
  for _, entry in ipairs(patterns) do
    local value, stat = line:match(entry[1])
    if value then
      store:add(stat, entry[2], tonumber(value))
      return true
    end
  end
  return false
end

local store = ModStore.new()
local lines = {
  "+40 to maximum Life", "+25 to maximum Life", "30% increased maximum Life",
  "12% more maximum Life", "+60 to maximum Mana", "Unknown mod text",
}
for _, line in ipairs(lines) do
  if not parseMod(store, line) then
    print(string.format("unparsed: %q", line))
  end
end

for _, stat in ipairs({ "Life", "Mana" }) do
  local base = 50 + store:sum("BASE", stat)
  local value = base * (1 + store:sum("INC", stat) / 100) * store:sum("MORE", stat)
  print(string.format("%-5s base %d  total %.2f", stat, base, value))
end
