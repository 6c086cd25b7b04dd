-- A build: reads the XML the way the host hands it over, computes an output table.
local main = ...
local M = { }

local function calc(attrs, nodes, tree)
	local output = { }
	local level = tonumber(attrs.level) or 1
	local life = 38 + 12 * level
	local str = 7
	local stats = { }
	for _, id in ipairs(nodes) do
		local node = tree.nodes[id]
		if not node then
			error("unknown passive node " .. id)
		end
		str = str + (node.str or 0)
		life = life + (node.life or 0)
		stats[#stats + 1] = node.name
	end
	life = life * (1 + str / 1000)
	output.Life = math.floor(life + 0.5)
	output.Str = str
	output.LifeText = formatNumSep(life * 1000)
	output.LifeRatio = life / 7
	output.HasNodes = #nodes > 0
	output.ClassName = attrs.className
	output.Nodes = { count = #nodes, names = table.concat(stats, ";") }
	output.Minion = { Life = output.Life / 2, Stats = { Speed = 1.2 } }
	output.Self = output
	output.Status = string.format("%s level %d: %.2f life/level", attrs.className or "?", level, life / level)
	return output
end

function M.new(name, xml)
	local attrs = common.kv.attributes(xml, "Build")
	if not attrs then
		error("malformed build XML: no <Build> element in '" .. tostring(name) .. "'")
	end
	local nodes = { }
	for id in (xml:match('<Spec[^>]-nodes="([^"]*)"') or ""):gmatch("%d+") do
		nodes[#nodes + 1] = tonumber(id)
	end
	local build = newObject({ name = name })
	build.calcsTab = { mainOutput = calc(attrs, nodes, main.tree) }
	return build
end

return M
