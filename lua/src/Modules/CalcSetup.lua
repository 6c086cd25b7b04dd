-- CalcSetup: builds the environment one calculation works in (calcs.initEnv). Loaded by Calcs
-- with the calcs table as its argument.
--
-- env = {
--   build, data, config,        -- the inputs, never modified
--   player = actor,             -- { modDB, output, weaponData1, weaponData2, itemList }
--   mainSkill,                  -- { name, skillId, level, cfg }: cfg set by calcs.offence
--   unsupportedLines,           -- mod lines nothing could be made of, with where they came from
-- }
-- The player's modDB receives the class base attributes, the level-based base values, the mods of
-- the allocated passives and of the equipped items (global mods only: local item mods are folded
-- into the item's own armour/weapon values here).

local calcs = ...

local pairs = pairs
local ipairs = ipairs
local type = type
local tostring = tostring
local tonumber = tonumber
local m_min = math.min
local m_max = math.max
local m_floor = math.floor
local bor = bit.bor

-- Base values of a PoE2 character that the game data files do not carry. Life is 38 + 12 per
-- level and mana 34 + 4 per level (the per-level values come from characterConstants); the
-- attribute bonuses are PoE2's: Strength +2 maximum Life, Intelligence +2 maximum Mana, Dexterity
-- +6 Accuracy Rating per point, and no Evasion or Energy Shield from attributes. Evasion grows by
-- 3 per level (the slope PoB 0.12 shows for bare characters) from base_evasion_rating.
local baseLife = 38
local baseMana = 34
local lifePerStrength = 2
local manaPerIntelligence = 2
local accuracyPerDexterity = 6
local evasionPerLevel = 3
local resistanceHardCap = 90
local blockChanceHardCap = 75
local defaultResistancePenalty = -60

-- Unarmed attacks (no main-hand weapon): 2-5 physical at 1.4 attacks per second (an assumption
-- of this engine); crit chance from unarmed_base_critical_strike_chance.
local unarmedWeapon = { PhysicalMin = 2, PhysicalMax = 5, AttackRate = 1.4 }

-- Weapon base type -> the flags of an attack made with it.
local weaponTypeInfo = {
	["Bow"] = { flag = ModFlag.Bow, ranged = true },
	["Crossbow"] = { flag = ModFlag.Crossbow, ranged = true },
	["One Handed Mace"] = { flag = ModFlag.Mace },
	["Two Handed Mace"] = { flag = ModFlag.Mace },
	["Staff"] = { flag = ModFlag.Staff },
	["Spear"] = { flag = ModFlag.Spear },
	["One Handed Sword"] = { flag = ModFlag.Sword },
	["Two Handed Sword"] = { flag = ModFlag.Sword },
	["One Handed Axe"] = { flag = ModFlag.Axe },
	["Two Handed Axe"] = { flag = ModFlag.Axe },
	["Dagger"] = { flag = ModFlag.Dagger },
	["Claw"] = { flag = ModFlag.Claw },
	["Flail"] = { flag = ModFlag.Flail },
	["Talisman"] = { flag = ModFlag.Talisman },
}

-- Item text header lines ("Key: value") that are not mods.
local itemHeaders = {
	["Unique ID"] = true, ["Item Level"] = true, ["Quality"] = true, ["Sockets"] = true,
	["Rune"] = true, ["LevelReq"] = true, ["Level"] = true, ["Implicits"] = true,
	["Armour"] = true, ["Evasion"] = true, ["Evasion Rating"] = true, ["Energy Shield"] = true,
	["Ward"] = true, ["Spirit"] = true, ["Block"] = true, ["Prefix"] = true, ["Suffix"] = true,
	["Crafted"] = true, ["Variant"] = true, ["Selected Variant"] = true, ["Has Alt Variant"] = true,
	["Selected Alt Variant"] = true, ["Radius"] = true, ["Limited to"] = true,
	["Charm Slots"] = true, ["Catalyst"] = true, ["CatalystQuality"] = true, ["League"] = true,
	["Source"] = true, ["Requires"] = true, ["Left ring slot"] = true, ["Right ring slot"] = true,
	["Talisman Tier"] = true, ["Item Class"] = true,
}

-- Lines that only describe the item's state.
local itemFlagLines = {
	["Corrupted"] = true, ["Mirrored"] = true, ["Unidentified"] = true, ["Sanctified"] = true,
	["Split"] = true, ["Fractured Item"] = true, ["Synthesised Item"] = true,
}

-- Slots whose items only act when used (flasks, charms) or when swapped in.
local function isInactiveSlot(slotName)
	return slotName:match("^Flask") or slotName:match("^Charm") or slotName:match("Swap$")
end

local function constant(data, key, default)
	local constants = data.characterConstants
	local value = constants and constants[key]
	if type(value) == "number" then
		return value
	end
	return default
end

-----------------------------------------------------------------------------------------------
-- Items
-----------------------------------------------------------------------------------------------

-- Per engine instance: magic item name -> base name, for each bases table seen.
local magicBaseCache = { }

-- The base a magic item's name is built on: the longest base name inside it (ties: the
-- alphabetically first, so the answer does not depend on pairs order).
local function findMagicBase(bases, name)
	local cache = magicBaseCache[bases]
	if not cache then
		cache = { }
		magicBaseCache[bases] = cache
	end
	local found = cache[name]
	if found == nil then
		found = false
		for baseName in pairs(bases) do
			if name:find(baseName, 1, true) then
				if not found or #baseName > #found or (#baseName == #found and baseName < found) then
					found = baseName
				end
			end
		end
		cache[name] = found
	end
	return found or nil
end

-- "(10-20)" in a mod line -> the value at range (0..1) between them.
local function applyRange(line, range)
	return (line:gsub("%((%-?[%d%.]+)%-(%-?[%d%.]+)%)", function(low, high)
		local lowValue, highValue = tonumber(low), tonumber(high)
		if not lowValue or not highValue then
			return nil
		end
		local value = lowValue + (highValue - lowValue) * range
		if low:find(".", 1, true) or high:find(".", 1, true) then
			return tostring(round(value, 1))
		end
		return tostring(round(value))
	end))
end

-- Splits leading "{...}" tags off a line: "{variant:1,2}{range:0.3}text" -> text, tags.
local function splitLineTags(line)
	local tags = { }
	while true do
		local tag, rest = line:match("^{([^}]*)}(.*)$")
		if not tag then
			break
		end
		local key, value = tag:match("^([^:]+):(.*)$")
		tags[key or tag] = value or true
		line = rest
	end
	return line, tags
end

local function variantMatches(list, variant)
	for _, text in ipairs(list:split(",")) do
		if tonumber(text) == variant then
			return true
		end
	end
	return false
end

-- Reads PoB item text into { rarity, name, baseName, base, quality, modLines = { text... } }.
local function parseItemText(text, data)
	local lines = { }
	for _, raw in ipairs(text:split("\n")) do
		local line = raw:trim()
		if line ~= "" then
			lines[#lines + 1] = line
		end
	end
	local item = { rarity = "NORMAL", quality = 0, socketsFilled = 0, modLines = { } }
	local index = 1
	local rarity = lines[1] and lines[1]:match("^Rarity: (%a+)")
	if rarity then
		item.rarity = rarity:upper()
		index = 2
	end
	local bases = data.bases
	if item.rarity == "RARE" or item.rarity == "UNIQUE" or item.rarity == "RELIC" then
		item.name = lines[index]
		item.baseName = lines[index + 1]
		index = index + 2
	else
		item.name = lines[index]
		index = index + 1
		local name = (item.name or ""):gsub("^Superior ", "")
		if bases[name] then
			item.baseName = name
		elseif item.rarity == "MAGIC" then
			item.baseName = findMagicBase(bases, name) or name
		else
			item.baseName = name
		end
	end
	item.base = item.baseName and bases[item.baseName]
	if not item.base then
		error("unknown item base '" .. tostring(item.baseName or item.name) .. "'", 0)
	end

	-- first pass: headers, so "Selected Variant" is known before the mod lines are filtered
	local variantCount = 0
	for i = index, #lines do
		local key, value = lines[i]:match("^([%a ]+): (.*)$")
		if key == "Quality" then
			item.quality = tonumber(value:match("%d+")) or 0
		elseif key == "Rune" then
			item.socketsFilled = item.socketsFilled + 1
		elseif key == "Variant" then
			variantCount = variantCount + 1
		elseif key == "Selected Variant" then
			item.variant = tonumber(value)
		end
	end
	item.variant = item.variant or variantCount

	for i = index, #lines do
		local line, tags = splitLineTags(lines[i])
		local key = line:match("^([%a ]+): ")
		if not (key and itemHeaders[key]) and not itemFlagLines[line] then
			if not tags.variant or variantMatches(tags.variant, item.variant) then
				local range = tonumber(tags.range) or 0.5
				item.modLines[#item.modLines + 1] = applyRange(line, range)
			end
		end
	end
	return item
end

local armourLocalNames = {
	Armour = true, Evasion = true, EnergyShield = true, ArmourAndEvasion = true,
	ArmourAndEnergyShield = true, EvasionAndEnergyShield = true, Defences = true,
}

-- Whether a mod of an item acts on the item itself (its armour, block, weapon damage, speed,
-- crit or spirit) rather than on the character.
local function isLocalMod(item, mod)
	if mod[1] or mod.keywordFlags ~= 0 then
		return false
	end
	local base = item.base
	local modType = mod.type
	if modType ~= "BASE" and modType ~= "INC" then
		return false
	end
	if base.armour and mod.flags == 0 then
		if armourLocalNames[mod.name] then
			return true
		end
		if base.type == "Shield" and mod.name == "BlockChance" then
			return true
		end
	end
	if base.weapon then
		if mod.flags == 0 then
			if modType == "BASE" and (mod.name:match("^%a+Min$") or mod.name:match("^%a+Max$")) then
				return true
			end
			if modType == "INC" and mod.name == "PhysicalDamage" then
				return true
			end
			if modType == "BASE" and mod.name == "CritChance" then
				return true
			end
		elseif mod.flags == ModFlag.Attack and modType == "INC" and mod.name == "Speed" then
			return true
		end
	end
	if base.spirit and mod.name == "Spirit" and modType == "INC" and mod.flags == 0 then
		return true
	end
	return false
end

local function weaponFlags(base)
	local info = weaponTypeInfo[base.type]
	local flags = bor(ModFlag.Weapon, ModFlag.Attack, ModFlag.Hit)
	if info then
		flags = bor(flags, info.flag)
	end
	if info and info.ranged then
		flags = bor(flags, ModFlag.Projectile)
	else
		flags = bor(flags, ModFlag.Melee)
	end
	if base.tags and (base.tags.twohand or base.tags.two_hand_weapon) then
		flags = bor(flags, ModFlag.Weapon2H)
	else
		flags = bor(flags, ModFlag.Weapon1H)
	end
	return flags
end

-- The weapon's own attack values after its local mods and quality.
local function buildWeaponData(item, localMods)
	local base = item.base
	local weapon = base.weapon
	local data = {
		name = item.name,
		type = base.type,
		flags = weaponFlags(base),
		AttackRate = round(weapon.AttackRateBase * (1 + localMods:Sum("INC", { flags = ModFlag.Attack }, "Speed") / 100), 2),
		CritChance = (weapon.CritChanceBase or 0) + localMods:Sum("BASE", nil, "CritChance"),
	}
	for _, damageType in ipairs(DamageTypes) do
		local min = (weapon[damageType .. "Min"] or 0) + localMods:Sum("BASE", nil, damageType .. "Min")
		local max = (weapon[damageType .. "Max"] or 0) + localMods:Sum("BASE", nil, damageType .. "Max")
		if damageType == "Physical" then
			local inc = localMods:Sum("INC", nil, "PhysicalDamage") + item.quality
			min = round(min * (1 + inc / 100))
			max = round(max * (1 + inc / 100))
		end
		if max > 0 then
			data[damageType .. "Min"] = min
			data[damageType .. "Max"] = max
		end
	end
	return data
end

-- INC mods of the character that apply only to the item in one slot ("N% increased Armour from
-- Equipped Body Armour"): they carry a SlotName tag.
local function slotIncrease(modDB, slotName, names)
	local total = 0
	for _, row in ipairs(modDB:Tabulate("INC", { slotName = slotName }, unpack(names))) do
		local mod = row.mod
		for i = 1, #mod do
			if mod[i].type == "SlotName" then
				total = total + row.value
				break
			end
		end
	end
	return total
end

-- The item's own armour, evasion, energy shield, block and spirit after its local mods and
-- quality, added to the modDB as BASE mods.
local function addArmourData(modDB, item, localMods, source)
	local base = item.base
	local armour = base.armour
	if armour then
		local defenceIncNames = {
			Armour = { "Armour", "ArmourAndEvasion", "ArmourAndEnergyShield", "Defences" },
			Evasion = { "Evasion", "ArmourAndEvasion", "EvasionAndEnergyShield", "Defences" },
			EnergyShield = { "EnergyShield", "ArmourAndEnergyShield", "EvasionAndEnergyShield", "Defences" },
		}
		item.armourData = { }
		for _, stat in ipairs({ "Armour", "Evasion", "EnergyShield" }) do
			local baseValue = (armour[stat] or 0) + localMods:Sum("BASE", nil, stat)
			local names = defenceIncNames[stat]
			local inc = localMods:Sum("INC", nil, unpack(names)) + item.quality
				+ slotIncrease(modDB, item.slotName, names)
			local value = round(baseValue * (1 + inc / 100))
			item.armourData[stat] = value
			if value > 0 then
				modDB:NewMod(stat, "BASE", value, source)
			end
		end
		if armour.BlockChance then
			local block = (armour.BlockChance + localMods:Sum("BASE", nil, "BlockChance"))
				* (1 + localMods:Sum("INC", nil, "BlockChance") / 100)
			item.armourData.BlockChance = round(block)
			modDB:NewMod("BlockChance", "BASE", round(block), source)
		end
		if armour.MovementPenalty and armour.MovementPenalty > 0 then
			modDB:NewMod("MovementSpeed", "INC", -round(armour.MovementPenalty * 100, 2), source)
		end
	end
	if base.spirit then
		local spirit = round(base.spirit * (1 + localMods:Sum("INC", nil, "Spirit") / 100))
		modDB:NewMod("Spirit", "BASE", spirit, source)
	end
end

-- A mod that scales with the item's own state ("per Socket filled") becomes a plain mod with the
-- value for this item.
local function resolveItemMultiplier(item, mod)
	for i = 1, #mod do
		local tag = mod[i]
		if tag.type == "Multiplier" and tag.var == "ItemSocketFilled" then
			local resolved = copyTable(mod, true)
			resolved.value = mod.value * item.socketsFilled
			table.remove(resolved, i)
			return resolved
		end
	end
	return mod
end

local function addItem(env, slotName, itemText)
	local data = env.data
	local item = parseItemText(itemText, data)
	item.slotName = slotName
	local source = "Item:" .. slotName
	local modDB = env.player.modDB
	local localMods = new("ModList")
	for _, line in ipairs(item.modLines) do
		local modList, extra = modLib.parseMod(line)
		if modList then
			for _, parsedMod in ipairs(modList) do
				local mod = resolveItemMultiplier(item, parsedMod)
				if mod.name == "GrantedPassive" then
					env.grantedPassives[#env.grantedPassives + 1] = { name = mod.value, source = source, line = line }
				elseif isLocalMod(item, mod) then
					localMods:AddMod(mod)
				else
					modDB:AddMod(modLib.setSource(mod, source))
				end
			end
		else
			env.unsupportedLines[#env.unsupportedLines + 1] = { source = source, line = line, extra = extra }
		end
	end
	addArmourData(modDB, item, localMods, source)
	if item.base.weapon then
		item.weaponData = buildWeaponData(item, localMods)
	end
	env.player.itemList[slotName] = item
	return item
end

-----------------------------------------------------------------------------------------------
-- Passives
-----------------------------------------------------------------------------------------------

local function addNode(env, nodeId)
	local node = env.data.nodes[nodeId]
	if not node then
		error("unknown passive node " .. tostring(nodeId), 0)
	end
	local source = "Tree:" .. tostring(nodeId)
	local modDB = env.player.modDB
	local attributeChoice = env.build.attributeNodes and env.build.attributeNodes[nodeId]
	for _, stat in ipairs(node.stats or { }) do
		for _, line in ipairs(stat:split("\n")) do
			if line == "" then
				goto continue
			end
			local modList, extra = modLib.parseMod(line)
			if not modList then
				env.unsupportedLines[#env.unsupportedLines + 1] = { source = source, line = line, extra = extra }
				goto continue
			end
			for _, mod in ipairs(modList) do
				if mod.name == "AnyAttribute" then
					-- "+5 to any Attribute": the host says which attribute was chosen
					if attributeChoice then
						local chosen = modLib.setSource(mod, source)
						chosen.name = attributeChoice
						modDB:AddMod(chosen)
					end
				else
					modDB:AddMod(modLib.setSource(mod, source))
				end
			end
			::continue::
		end
	end
end

-- Per engine instance: lower-cased notable name -> node id, for each nodes table seen.
local notableIndexCache = { }

-- The notable an item's "Allocates <name>" grants (the smallest id when names repeat).
local function findNotable(nodes, name)
	local index = notableIndexCache[nodes]
	if not index then
		index = { }
		for id, node in pairs(nodes) do
			if node.isNotable and node.name then
				local key = node.name:lower()
				if not index[key] or id < index[key] then
					index[key] = id
				end
			end
		end
		notableIndexCache[nodes] = index
	end
	return index[name:lower()]
end

-----------------------------------------------------------------------------------------------
-- Skills
-----------------------------------------------------------------------------------------------

local function isSupportGem(gem)
	if gem.skillId and gem.skillId:match("^Support") then
		return true
	end
	return gem.name ~= nil and gem.name:match(" Support$") ~= nil
end

-- The main skill: the first enabled active gem of the main socket group. Only its choice is
-- recorded; every skill is calculated as an attack with the main-hand weapon.
local function selectMainSkill(build)
	local skill = { name = "Default Attack", skillId = "MeleeUnarmedPlayer" }
	local group = build.skills and build.skills[build.mainSocketGroup or 1]
	if group and group.enabled ~= false and group.gems then
		for _, gem in ipairs(group.gems) do
			if gem.enabled ~= false and not isSupportGem(gem) then
				skill.name = gem.name or gem.skillId or skill.name
				skill.skillId = gem.skillId
				skill.level = gem.level
				break
			end
		end
	end
	return skill
end

-----------------------------------------------------------------------------------------------
-- Configuration: "condition<Name>" = true sets a condition, "multiplier<Name>" = n a multiplier,
-- "use<Name>Charges" = true gives the maximum number of those charges.
-----------------------------------------------------------------------------------------------

local chargeConstants = {
	Power = "max_power_charges", Frenzy = "max_frenzy_charges", Endurance = "max_endurance_charges",
}

local function applyConfig(env)
	local modDB = env.player.modDB
	local config = env.config
	for _, name in ipairs(sortedKeys(config)) do
		if type(name) == "string" then
			local value = config[name]
			local conditionName = name:match("^condition(%w+)$")
			local multiplierName = name:match("^multiplier(%w+)$")
			local chargeName = name:match("^use(%a+)Charges$")
			if conditionName and value == true then
				modDB.conditions[conditionName] = true
			elseif multiplierName and type(value) == "number" then
				modDB.multipliers[multiplierName] = value
			elseif chargeName and value == true and chargeConstants[chargeName] then
				modDB.multipliers[chargeName .. "Charge"] = constant(env.data, chargeConstants[chargeName], 3)
			end
		end
	end
end

-----------------------------------------------------------------------------------------------
-- initEnv
-----------------------------------------------------------------------------------------------

function calcs.initEnv(build, data)
	local env = {
		build = build,
		data = data,
		config = build.config or { },
		unsupportedLines = { },
	}
	local classData = data.classes and data.classes[build.className]
	if not classData then
		error("unknown class '" .. tostring(build.className) .. "'", 0)
	end
	local ascendancy = build.ascendClassName
	if ascendancy and ascendancy ~= "None" and ascendancy ~= "" and classData.ascendancies
		and not classData.ascendancies[ascendancy] then
		error("unknown ascendancy '" .. tostring(ascendancy) .. "' for class '" .. tostring(build.className) .. "'", 0)
	end

	local player = { output = { }, itemList = { } }
	local modDB = new("ModDB")
	modDB.actor = player
	player.modDB = modDB
	env.player = player

	-- level and class base values
	local level = m_max(1, m_min(100, m_floor(tonumber(build.level) or 1)))
	env.level = level
	modDB.multipliers.Level = level
	modDB:NewMod("Str", "BASE", classData.base_str or 0, "Base")
	modDB:NewMod("Dex", "BASE", classData.base_dex or 0, "Base")
	modDB:NewMod("Int", "BASE", classData.base_int or 0, "Base")
	modDB:NewMod("Str", "BASE", constant(data, "strength_per_level", 0), "Base", { type = "Multiplier", var = "Level", base = 0 })
	modDB:NewMod("Dex", "BASE", constant(data, "dexterity_per_level", 0), "Base", { type = "Multiplier", var = "Level", base = 0 })
	modDB:NewMod("Int", "BASE", constant(data, "intelligence_per_level", 0), "Base", { type = "Multiplier", var = "Level", base = 0 })
	modDB:NewMod("Life", "BASE", constant(data, "life_per_level", 12), "Base", { type = "Multiplier", var = "Level", base = baseLife })
	modDB:NewMod("Life", "BASE", lifePerStrength, "Base", { type = "PerStat", stat = "Str" })
	modDB:NewMod("Mana", "BASE", constant(data, "mana_per_level", 4), "Base", { type = "Multiplier", var = "Level", base = baseMana })
	modDB:NewMod("Mana", "BASE", manaPerIntelligence, "Base", { type = "PerStat", stat = "Int" })
	modDB:NewMod("Evasion", "BASE", evasionPerLevel, "Base", { type = "Multiplier", var = "Level", base = constant(data, "base_evasion_rating", 0) })
	local accuracyPerLevel = constant(data, "accuracy_rating_per_level", 6)
	modDB:NewMod("Accuracy", "BASE", accuracyPerLevel, "Base", { type = "Multiplier", var = "Level", base = -accuracyPerLevel })
	modDB:NewMod("Accuracy", "BASE", accuracyPerDexterity, "Base", { type = "PerStat", stat = "Dex" })
	local maxResist = constant(data, "base_maximum_all_resistances_%", 75)
	for _, name in ipairs({ "FireResistMax", "ColdResistMax", "LightningResistMax", "ChaosResistMax" }) do
		modDB:NewMod(name, "BASE", maxResist, "Base")
	end
	local penalty = tonumber(env.config.resistancePenalty) or defaultResistancePenalty
	for _, name in ipairs({ "FireResist", "ColdResist", "LightningResist" }) do
		modDB:NewMod(name, "BASE", penalty, "Base")
	end
	modDB:NewMod("BlockChanceMax", "BASE", constant(data, "object_inherent_base_maximum_block_%_from_ot", 50), "Base")
	modDB:NewMod("CritMultiplier", "BASE", constant(data, "base_critical_hit_damage_bonus", 100), "Base")
	env.resistanceHardCap = resistanceHardCap
	env.blockChanceHardCap = blockChanceHardCap

	applyConfig(env)

	-- passives, in the order the build lists them
	local allocated = { }
	for _, nodeId in ipairs(build.passives or { }) do
		if not allocated[nodeId] then
			allocated[nodeId] = true
			addNode(env, nodeId)
		end
	end

	-- equipped items
	env.grantedPassives = { }
	for _, entry in ipairs(build.items or { }) do
		local slotName = entry.slot or ""
		if not isInactiveSlot(slotName) and entry.text then
			addItem(env, slotName, entry.text)
		end
	end

	-- notables granted by items ("Allocates <name>"), unless already allocated
	for _, granted in ipairs(env.grantedPassives) do
		local nodeId = findNotable(data.nodes, granted.name)
		if not nodeId then
			env.unsupportedLines[#env.unsupportedLines + 1] = { source = granted.source, line = granted.line, extra = granted.name }
		elseif not allocated[nodeId] then
			allocated[nodeId] = true
			addNode(env, nodeId)
		end
	end

	-- weapons
	local mainHand = player.itemList["Weapon 1"]
	local offHand = player.itemList["Weapon 2"]
	if mainHand then
		if mainHand.weaponData then
			player.weaponData1 = mainHand.weaponData
		else
			player.mainHandWithoutAttack = mainHand
		end
	else
		player.weaponData1 = {
			name = "Unarmed",
			type = "None",
			flags = bor(ModFlag.Attack, ModFlag.Hit, ModFlag.Melee, ModFlag.Unarmed),
			AttackRate = unarmedWeapon.AttackRate,
			CritChance = constant(data, "unarmed_base_critical_strike_chance", 500) / 100,
			PhysicalMin = unarmedWeapon.PhysicalMin,
			PhysicalMax = unarmedWeapon.PhysicalMax,
		}
	end
	if offHand then
		if offHand.weaponData then
			player.weaponData2 = offHand.weaponData
			if mainHand and mainHand.weaponData then
				modDB.conditions.DualWielding = true
			end
		elseif offHand.base.type == "Shield" then
			modDB.conditions.UsingShield = true
		end
	end

	env.mainSkill = selectMainSkill(build)
	return env
end

calcs.parseItemText = parseItemText
