-- checks an ordered listener list with method callbacks, removal during dispatch and return values
local Events = {}
Events.__index = Events
function Events.new() return setmetatable({ listeners = {} }, Events) end
function Events:On(name, owner, method)
  local list = self.listeners[name] or {}
  self.listeners[name] = list
  list[#list + 1] = { owner = owner, method = method }
end
function Events:Off(name, owner)
  local list = self.listeners[name] or {}
  for i = #list, 1, -1 do if list[i].owner == owner then table.remove(list, i) end end
end
function Events:Fire(name, ...)
  local results = {}
  local snapshot = {}
  for i, l in ipairs(self.listeners[name] or {}) do snapshot[i] = l end
  for _, l in ipairs(snapshot) do
    results[#results + 1] = l.owner[l.method](l.owner, ...)
  end
  return results
end
local bus = Events.new()
local function makeOwner(id) return { id = id, Changed = function(self, what, n) return self.id .. ":" .. what .. ":" .. n end } end
local a, b, c = makeOwner("A"), makeOwner("B"), makeOwner("C")
bus:On("changed", a, "Changed")
bus:On("changed", b, "Changed")
bus:On("changed", c, "Changed")
print(table.concat(bus:Fire("changed", "tree", 1), " "))
b.Changed = function(self, what, n) bus:Off("changed", c); return "B removed C" end
print(table.concat(bus:Fire("changed", "item", 2), " | "))
print(table.concat(bus:Fire("changed", "gem", 3), " | "))
print(#bus:Fire("nothing"))
bus:Off("changed", a)
print(table.concat(bus:Fire("changed", "config", 4), " | "))
bus:On("other", a, "Changed")
bus:On("other", a, "Changed")
print(table.concat(bus:Fire("other", "dup", 5), " | "))
