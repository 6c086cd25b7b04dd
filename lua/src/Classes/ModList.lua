-- ModList: mods in one flat list (the object's array part), in the order they were added. Used
-- for short-lived lists such as an item's mods; queries scan the whole list.

local select = select

local ModListClass = newClass("ModList", "ModStore", function(self, parent)
	self.ModStore(self, parent)
end)

function ModListClass:AddMod(mod)
	self[#self + 1] = mod
end

-- True when the list holds a mod of that name (and type, when given).
function ModListClass:HasMod(modType, name)
	for i = 1, #self do
		local mod = self[i]
		if mod.name == name and (not modType or mod.type == modType) then
			return true
		end
	end
	return false
end

-- Calls fn(mod) for every mod of the given names, whatever its type.
local function eachNamed(self, fn, ...)
	local count = select("#", ...)
	for i = 1, #self do
		local mod = self[i]
		for n = 1, count do
			if mod.name == select(n, ...) then
				fn(mod)
				break
			end
		end
	end
end

function ModListClass:SumInternal(context, modType, cfg, flags, keywordFlags, source, ...)
	local more = modType == "MORE"
	local result = more and 1 or 0
	eachNamed(self, function(mod)
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
	end, ...)
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

function ModListClass:FlagInternal(context, cfg, flags, keywordFlags, source, ...)
	local found = false
	eachNamed(self, function(mod)
		if not found and mod.type == "FLAG" and self:MatchMod(mod, flags, keywordFlags, source) then
			if self:ModValue(context, mod, cfg) then
				found = true
			end
		end
	end, ...)
	if not found and self.parent then
		return self.parent:FlagInternal(context, cfg, flags, keywordFlags, source, ...)
	end
	return found
end

function ModListClass:OverrideInternal(context, cfg, flags, keywordFlags, source, ...)
	local result
	eachNamed(self, function(mod)
		if result == nil and mod.type == "OVERRIDE" and self:MatchMod(mod, flags, keywordFlags, source) then
			result = self:ModValue(context, mod, cfg)
		end
	end, ...)
	if result == nil and self.parent then
		return self.parent:OverrideInternal(context, cfg, flags, keywordFlags, source, ...)
	end
	return result
end

function ModListClass:ListInternal(context, result, cfg, flags, keywordFlags, source, ...)
	if self.parent then
		self.parent:ListInternal(context, result, cfg, flags, keywordFlags, source, ...)
	end
	eachNamed(self, function(mod)
		if mod.type == "LIST" and self:MatchMod(mod, flags, keywordFlags, source) then
			local value = self:ModValue(context, mod, cfg)
			if value ~= nil then
				result[#result + 1] = value
			end
		end
	end, ...)
end

function ModListClass:TabulateInternal(context, result, modType, cfg, flags, keywordFlags, source, ...)
	eachNamed(self, function(mod)
		if (mod.type == modType or not modType) and self:MatchMod(mod, flags, keywordFlags, source) then
			local value = self:ModValue(context, mod, cfg)
			if value ~= nil and value ~= 0 then
				result[#result + 1] = { value = value, mod = mod }
			end
		end
	end, ...)
	if self.parent then
		self.parent:TabulateInternal(context, result, modType, cfg, flags, keywordFlags, source, ...)
	end
end
