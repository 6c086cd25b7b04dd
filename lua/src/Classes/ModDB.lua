-- ModDB: mods indexed by name ({ [name] = { mod, ... } }), so a query visits only the lists of
-- the names it asks for. Each list keeps insertion order, so sums are the same on every run.

local select = select

local ModDBClass = newClass("ModDB", "ModStore", function(self, parent)
	self.ModStore(self, parent)
	self.mods = { }
end)

function ModDBClass:AddMod(mod)
	local name = mod.name
	local list = self.mods[name]
	if not list then
		list = { }
		self.mods[name] = list
	end
	list[#list + 1] = mod
end

-- Every mod of the ModDB, as one list sorted by name then insertion order.
function ModDBClass:ToList()
	local out = { }
	for _, name in ipairs(sortedKeys(self.mods)) do
		for _, mod in ipairs(self.mods[name]) do
			out[#out + 1] = mod
		end
	end
	return out
end

function ModDBClass:SumInternal(context, modType, cfg, flags, keywordFlags, source, ...)
	local more = modType == "MORE"
	local result = more and 1 or 0
	for i = 1, select("#", ...) do
		local list = self.mods[select(i, ...)]
		if list then
			for j = 1, #list do
				local mod = list[j]
				if mod.type == modType and self:MatchMod(mod, flags, keywordFlags, source) then
					local value = self:ModValue(context, mod, cfg)
					if value then
						if more then
							result = result * (1 + value / 100)
						else
							result = result + value
						end
					end
				end
			end
		end
	end
	if self.parent then
		local parentResult = self.parent:SumInternal(context, modType, cfg, flags, keywordFlags, source, ...)
		if more then
			result = result * parentResult
		else
			result = result + parentResult
		end
	end
	return result
end

function ModDBClass:FlagInternal(context, cfg, flags, keywordFlags, source, ...)
	for i = 1, select("#", ...) do
		local list = self.mods[select(i, ...)]
		if list then
			for j = 1, #list do
				local mod = list[j]
				if mod.type == "FLAG" and self:MatchMod(mod, flags, keywordFlags, source) then
					if self:ModValue(context, mod, cfg) then
						return true
					end
				end
			end
		end
	end
	if self.parent then
		return self.parent:FlagInternal(context, cfg, flags, keywordFlags, source, ...)
	end
	return false
end

function ModDBClass:OverrideInternal(context, cfg, flags, keywordFlags, source, ...)
	for i = 1, select("#", ...) do
		local list = self.mods[select(i, ...)]
		if list then
			for j = 1, #list do
				local mod = list[j]
				if mod.type == "OVERRIDE" and self:MatchMod(mod, flags, keywordFlags, source) then
					local value = self:ModValue(context, mod, cfg)
					if value ~= nil then
						return value
					end
				end
			end
		end
	end
	if self.parent then
		return self.parent:OverrideInternal(context, cfg, flags, keywordFlags, source, ...)
	end
end

function ModDBClass:ListInternal(context, result, cfg, flags, keywordFlags, source, ...)
	if self.parent then
		self.parent:ListInternal(context, result, cfg, flags, keywordFlags, source, ...)
	end
	for i = 1, select("#", ...) do
		local list = self.mods[select(i, ...)]
		if list then
			for j = 1, #list do
				local mod = list[j]
				if mod.type == "LIST" and self:MatchMod(mod, flags, keywordFlags, source) then
					local value = self:ModValue(context, mod, cfg)
					if value ~= nil then
						result[#result + 1] = value
					end
				end
			end
		end
	end
end

function ModDBClass:TabulateInternal(context, result, modType, cfg, flags, keywordFlags, source, ...)
	for i = 1, select("#", ...) do
		local list = self.mods[select(i, ...)]
		if list then
			for j = 1, #list do
				local mod = list[j]
				if (mod.type == modType or not modType) and self:MatchMod(mod, flags, keywordFlags, source) then
					local value = self:ModValue(context, mod, cfg)
					if value ~= nil and value ~= 0 then
						result[#result + 1] = { value = value, mod = mod }
					end
				end
			end
		end
	end
	if self.parent then
		self.parent:TabulateInternal(context, result, modType, cfg, flags, keywordFlags, source, ...)
	end
end
