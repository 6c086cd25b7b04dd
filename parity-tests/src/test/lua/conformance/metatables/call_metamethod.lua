-- checks __call with arguments and multiple return values
local callable = setmetatable({name = "obj"}, {
  __call = function(self, a, b)
    return self.name, a, b, (a or 0) + (b or 0)
  end
})
print(callable(1, 2))
print(callable())
print(select("#", callable(1)))
local t = {callable(5, 5)}
print(#t, t[4])
print((callable(1, 2)))
local counter = setmetatable({n = 0}, {__call = function(self, inc) self.n = self.n + (inc or 1); return self.n end})
counter(); counter(10)
print(counter.n, counter())
print(type(callable))
local ok, err = pcall(function()
  local plain = {}
  plain()
end)
print(ok, (tostring(err):gsub("^[^:]*:", "")))
