-- checks function name declarations: global, local and table fields
function globalF() return "global" end
local function localF() return "local" end
print(globalF(), localF())
print(type(globalF), type(localF))
local function globalF() return "shadowing local" end
print(globalF())
local M = {}
function M.f() return "field" end
function M:g() return self == M end
print(M.f(), M:g())
local N = {inner = {}}
function N.inner.deep() return "deep" end
print(N.inner.deep())
