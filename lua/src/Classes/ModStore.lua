-- ModStore: the base class of ModDB and ModList. It holds what mods are evaluated against (the
-- actor, its conditions and multipliers) and the query methods; the subclasses say how mods are
-- stored and implement the *Internal walks over them.
--
-- A query's cfg is { flags = ModFlag bits, keywordFlags = KeywordFlag bits, source = "Item" };
-- a mod applies when all of its flags and keyword flags are in the cfg's and, when cfg.source is
-- set, its source starts with that word.

local type = type
local select = select
local m_floor = math.floor
local m_min = math.min
local band = bit.band

local ModStoreClass = newClass("ModStore", function(self, parent)
	self.parent = parent or false
	self.actor = parent and parent.actor or { output = { } }
	self.multipliers = { }
	self.conditions = { }
end)

-- Keyword flags may use bits above 2^32; most mods have none, so test that cheaply first.
local function matchKeywordFlags(keywordFlags, modKeywordFlags)
	if modKeywordFlags == 0 then
		return true
	end
	return AND64(keywordFlags, modKeywordFlags) == modKeywordFlags
end

-- True when a mod's flags, keyword flags and source fit the query.
function ModStoreClass:MatchMod(mod, flags, keywordFlags, source)
	if band(flags, mod.flags) ~= mod.flags then
		return false
	end
	if not matchKeywordFlags(keywordFlags, mod.keywordFlags) then
		return false
	end
	if source and (not mod.source or mod.source:match("^[^:]+") ~= source) then
		return false
	end
	return true
end

local function cfgFlags(cfg)
	if cfg then
		return cfg.flags or 0, cfg.keywordFlags or 0, cfg.source
	end
	return 0, 0, nil
end

function ModStoreClass:NewMod(...)
	self:AddMod(modLib.createMod(...))
end

function ModStoreClass:AddList(modList)
	for i = 1, #modList do
		self:AddMod(modList[i])
	end
end

-- Adds a copy of a mod whose value is multiplied by scale (for partially effective sources).
function ModStoreClass:ScaleAddMod(mod, scale)
	if scale == 1 or type(mod.value) ~= "number" then
		self:AddMod(mod)
		return
	end
	local scaled = copyTable(mod, true)
	scaled.value = mod.value * scale
	self:AddMod(scaled)
end

-- Sum("BASE"|"INC", cfg, names...) adds the values; Sum("MORE", cfg, names...) multiplies
-- (1 + value/100) over the mods and returns the product.
function ModStoreClass:Sum(modType, cfg, ...)
	local flags, keywordFlags, source = cfgFlags(cfg)
	return self:SumInternal(self, modType, cfg, flags, keywordFlags, source, ...)
end

function ModStoreClass:More(cfg, ...)
	return self:Sum("MORE", cfg, ...)
end

-- True when any FLAG mod of the names is set.
function ModStoreClass:Flag(cfg, ...)
	local flags, keywordFlags, source = cfgFlags(cfg)
	return self:FlagInternal(self, cfg, flags, keywordFlags, source, ...)
end

-- The value of the first OVERRIDE mod of the names, or nil.
function ModStoreClass:Override(cfg, ...)
	local flags, keywordFlags, source = cfgFlags(cfg)
	return self:OverrideInternal(self, cfg, flags, keywordFlags, source, ...)
end

-- The values of the LIST mods of the names, in the order they were added.
function ModStoreClass:List(cfg, ...)
	local flags, keywordFlags, source = cfgFlags(cfg)
	local result = { }
	self:ListInternal(self, result, cfg, flags, keywordFlags, source, ...)
	return result
end

-- { { value = v, mod = mod }, ... } for every applicable mod of the type (any type when nil).
function ModStoreClass:Tabulate(modType, cfg, ...)
	local flags, keywordFlags, source = cfgFlags(cfg)
	local result = { }
	self:TabulateInternal(self, result, modType, cfg, flags, keywordFlags, source, ...)
	return result
end

-- BASE * (1 + INC/100) * MORE for the names: the usual shape of a stat.
function ModStoreClass:Total(cfg, ...)
	local base = self:Sum("BASE", cfg, ...)
	local inc = self:Sum("INC", cfg, ...)
	local more = self:Sum("MORE", cfg, ...)
	return base * (1 + inc / 100) * more
end

function ModStoreClass:GetCondition(var, cfg)
	if self.conditions[var] then
		return true
	end
	if self.parent then
		return self.parent:GetCondition(var, cfg)
	end
	return false
end

function ModStoreClass:GetMultiplier(var, cfg)
	local value = self.multipliers[var] or 0
	if self.parent then
		value = value + self.parent:GetMultiplier(var, cfg)
	end
	return value
end

function ModStoreClass:GetStat(stat, cfg)
	local value = self.actor.output[stat]
	if type(value) == "number" then
		return value
	end
	return 0
end

-- Applies a mod's tags. Returns the mod's value, scaled by Multiplier/PerStat tags, or nil when a
-- Condition/StatThreshold tag is not met (the mod then does not apply).
function ModStoreClass:EvalMod(mod, cfg)
	local value = mod.value
	for i = 1, #mod do
		local tag = mod[i]
		local tagType = tag.type
		if tagType == "Condition" then
			local match = false
			if tag.varList then
				for _, var in ipairs(tag.varList) do
					if self:GetCondition(var, cfg) then
						match = true
						break
					end
				end
			else
				match = self:GetCondition(tag.var, cfg)
			end
			if tag.neg then
				match = not match
			end
			if not match then
				return nil
			end
		elseif tagType == "Multiplier" or tagType == "PerStat" then
			local base
			if tagType == "Multiplier" then
				base = self:GetMultiplier(tag.var, cfg)
			else
				base = self:GetStat(tag.stat, cfg)
			end
			-- 1e-9 keeps 30/10 from flooring to 2 when the division is not exact
			local mult = m_floor(base / (tag.div or 1) + 1e-9)
			if type(value) == "number" then
				value = value * mult + (tag.base or 0)
				if tag.limit then
					value = m_min(value, tag.limit)
				end
			end
		elseif tagType == "StatThreshold" then
			local stat = self:GetStat(tag.stat, cfg)
			if tag.upper then
				if stat > tag.threshold then
					return nil
				end
			elseif stat < tag.threshold then
				return nil
			end
		elseif tagType == "SlotName" then
			-- "increased Armour from Equipped Body Armour": only for that item's own values
			if not cfg or cfg.slotName ~= tag.slotName then
				return nil
			end
		elseif tagType == "Global" then
			-- marks a mod as global on an item; nothing to evaluate
		else
			return nil
		end
	end
	return value
end

-- The value of one mod for a query context: plain mods skip the tag walk.
function ModStoreClass:ModValue(context, mod, cfg)
	if mod[1] then
		return context:EvalMod(mod, cfg)
	end
	return mod.value
end
