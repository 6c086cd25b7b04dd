-- The IT's entry chunk: loads a module through require and returns a computed value.
local stats = require("Modules.stats")
return stats.total({ 3, 4, 5 }), string.format("%.2f", stats.mean({ 1, 2 }))
