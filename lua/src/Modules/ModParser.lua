-- ModParser: turns one line of mod text ("+40 to maximum Life", "12% increased Attack Speed while
-- Surrounded") into a list of mods. Loaded by ModTools with modLib as its argument; adds
-- modLib.parseMod(line) -> modList or nil, unsupportedText.
--
-- A line is lower-cased and taken apart in the order PoB's parser uses:
--   1. specialModList: whole-line patterns with their own mod builders;
--   2. preFlagList:    a leading "attacks have " and the like, giving flags;
--   3. formList:       the leading form, "+N to", "N% increased", "adds N to M"..., giving the type;
--   4. modNameList:    the stat named ("maximum life", "all elemental resistances"...);
--   5. modFlagList:    what the mod is restricted to ("with attacks", "with bows"...);
--   6. modTagList:     conditions and scalings ("while surrounded", "per 10 strength"...).
-- Each step removes the text it matched; a line with text left over is unsupported: parseMod
-- returns nil and the text it could not read, and the caller ignores the line.
--
-- Results are cached by line text in a chunk-level table, so the cache belongs to the engine
-- instance that loaded this chunk. Cached mod lists are shared: callers copy a mod before they
-- change it (modLib.setSource).

local modLib = ...

local pairs = pairs
local type = type
local tonumber = tonumber
local bor = bit.bor

local mod = modLib.createMod

-- Form patterns, anchored at the start of the line. The captures are the numbers.
local formList = {
	["^([%d%.]+)%% increased"] = "INC",
	["^([%d%.]+)%% reduced"] = "RED",
	["^([%d%.]+)%% more"] = "MORE",
	["^([%d%.]+)%% less"] = "LESS",
	["^%+([%d%.]+)%%? to"] = "BASE",
	["^%-([%d%.]+)%%? to"] = "NEGBASE",
	["^%+([%d%.]+)%%? base"] = "BASE",
	["^adds ([%d%.]+) to ([%d%.]+)"] = "DMG",
	["^gain ([%d%.]+)%%? of"] = "GAIN",
	["^([%d%.]+)%% additional"] = "BASE",
}

-- Stat names. A value is a mod name, or a table of mod names with optional flags/keywordFlags/tag
-- that every mod of the line gets.
local modNameList = {
	-- pools
	["maximum life"] = "Life",
	["maximum mana"] = "Mana",
	["maximum energy shield"] = "EnergyShield",
	["energy shield"] = "EnergyShield",
	["spirit"] = "Spirit",
	["maximum rage"] = "MaximumRage",
	-- attributes
	["strength"] = "Str",
	["dexterity"] = "Dex",
	["intelligence"] = "Int",
	["strength and dexterity"] = { "Str", "Dex" },
	["strength and intelligence"] = { "Str", "Int" },
	["dexterity and intelligence"] = { "Dex", "Int" },
	["all attributes"] = { "Str", "Dex", "Int" },
	["any attribute"] = "AnyAttribute",
	-- resistances
	["fire resistance"] = "FireResist",
	["cold resistance"] = "ColdResist",
	["lightning resistance"] = "LightningResist",
	["chaos resistance"] = "ChaosResist",
	["all elemental resistances"] = { "FireResist", "ColdResist", "LightningResist" },
	["elemental resistances"] = { "FireResist", "ColdResist", "LightningResist" },
	["all resistances"] = { "FireResist", "ColdResist", "LightningResist", "ChaosResist" },
	["fire and cold resistances"] = { "FireResist", "ColdResist" },
	["fire and lightning resistances"] = { "FireResist", "LightningResist" },
	["cold and lightning resistances"] = { "ColdResist", "LightningResist" },
	["fire and chaos resistances"] = { "FireResist", "ChaosResist" },
	["cold and chaos resistances"] = { "ColdResist", "ChaosResist" },
	["lightning and chaos resistances"] = { "LightningResist", "ChaosResist" },
	["maximum fire resistance"] = "FireResistMax",
	["maximum cold resistance"] = "ColdResistMax",
	["maximum lightning resistance"] = "LightningResistMax",
	["maximum chaos resistance"] = "ChaosResistMax",
	["all maximum elemental resistances"] = { "FireResistMax", "ColdResistMax", "LightningResistMax" },
	["maximum elemental resistances"] = { "FireResistMax", "ColdResistMax", "LightningResistMax" },
	["all maximum resistances"] = { "FireResistMax", "ColdResistMax", "LightningResistMax", "ChaosResistMax" },
	-- defences
	["armour"] = "Armour",
	["evasion rating"] = "Evasion",
	["evasion"] = "Evasion",
	["armour and evasion"] = "ArmourAndEvasion",
	["armour and evasion rating"] = "ArmourAndEvasion",
	["armour and energy shield"] = "ArmourAndEnergyShield",
	["evasion and energy shield"] = "EvasionAndEnergyShield",
	["evasion rating and energy shield"] = "EvasionAndEnergyShield",
	["armour, evasion and energy shield"] = "Defences",
	["defences"] = "Defences",
	["global defences"] = { "Defences", tag = { type = "Global" } },
	["block chance"] = "BlockChance",
	["chance to block"] = "BlockChance",
	["maximum block chance"] = "BlockChanceMax",
	["stun threshold"] = "StunThreshold",
	["energy shield recharge rate"] = "EnergyShieldRecharge",
	["life regeneration rate"] = "LifeRegen",
	["mana regeneration rate"] = "ManaRegen",
	["life recovery rate"] = "LifeRecoveryRate",
	["mana recovery rate"] = "ManaRecoveryRate",
	-- damage
	["damage"] = "Damage",
	["physical damage"] = "PhysicalDamage",
	["fire damage"] = "FireDamage",
	["cold damage"] = "ColdDamage",
	["lightning damage"] = "LightningDamage",
	["chaos damage"] = "ChaosDamage",
	["elemental damage"] = "ElementalDamage",
	["attack damage"] = { "Damage", flags = ModFlag.Attack },
	["spell damage"] = { "Damage", flags = ModFlag.Spell },
	["melee damage"] = { "Damage", flags = ModFlag.Melee },
	["projectile damage"] = { "Damage", flags = ModFlag.Projectile },
	["area damage"] = { "Damage", flags = ModFlag.Area },
	["attack area damage"] = { "Damage", flags = bor(ModFlag.Attack, ModFlag.Area) },
	["physical attack damage"] = { "PhysicalDamage", flags = ModFlag.Attack },
	["elemental damage with attacks"] = { "ElementalDamage", flags = ModFlag.Attack },
	["damage as extra physical damage"] = "DamageGainAsPhysical",
	["damage as extra fire damage"] = "DamageGainAsFire",
	["damage as extra cold damage"] = "DamageGainAsCold",
	["damage as extra lightning damage"] = "DamageGainAsLightning",
	["damage as extra chaos damage"] = "DamageGainAsChaos",
	-- speed, crit, accuracy
	["attack speed"] = { "Speed", flags = ModFlag.Attack },
	["cast speed"] = { "Speed", flags = ModFlag.Spell },
	["attack and cast speed"] = "Speed",
	["skill speed"] = "Speed",
	["warcry speed"] = "WarcrySpeed",
	["critical hit chance"] = "CritChance",
	["critical damage bonus"] = "CritMultiplier",
	["critical spell damage bonus"] = { "CritMultiplier", flags = ModFlag.Spell },
	["accuracy rating"] = "Accuracy",
	-- everything else the tree is full of
	["movement speed"] = "MovementSpeed",
	["rarity of items found"] = "LootRarity",
	["light radius"] = "LightRadius",
	["area of effect"] = "AreaOfEffect",
	["skill effect duration"] = "Duration",
	["projectile speed"] = "ProjectileSpeed",
	["cooldown recovery rate"] = "CooldownRecovery",
	["mana cost efficiency"] = "ManaCostEfficiency",
	["stun buildup"] = "StunBuildup",
	["freeze buildup"] = "FreezeBuildup",
	["electrocute buildup"] = "ElectrocuteBuildup",
	["chance to shock"] = "EnemyShockChance",
	["chance to inflict ailments"] = "AilmentChance",
	["magnitude of shock you inflict"] = "EnemyShockMagnitude",
	["magnitude of chill you inflict"] = "EnemyChillMagnitude",
	["magnitude of poison you inflict"] = "EnemyPoisonMagnitude",
	["magnitude of ailments you inflict"] = "AilmentMagnitude",
	["shock duration"] = "EnemyShockDuration",
	["poison duration"] = "EnemyPoisonDuration",
	["flask charges gained"] = "FlaskChargesGained",
	["charm charges gained"] = "CharmChargesGained",
	["amount of life leeched"] = "LifeLeechAmount",
	["curse duration"] = "CurseDuration",
	["totem damage"] = { "Damage", keywordFlags = KeywordFlag.Totem },
	["damage with warcries"] = { "Damage", keywordFlags = KeywordFlag.Warcry },
	["companion damage"] = { "Damage", keywordFlags = KeywordFlag.Companion },
}

-- "gain N% of <source> damage as extra <target> damage" for every pair of damage types.
for _, target in ipairs(DamageTypes) do
	for _, sourceType in ipairs({ "Physical", "Lightning", "Cold", "Fire", "Chaos", "Elemental" }) do
		if sourceType ~= target then
			local text = sourceType:lower() .. " damage as extra " .. target:lower() .. " damage"
			modNameList[text] = sourceType .. "DamageGainAs" .. target
		end
	end
end

-- Leading restrictions ("Attacks have +5% to Critical Hit Chance"), anchored at the start.
local preFlagList = {
	["^attacks have "] = { flags = ModFlag.Attack },
	["^attack skills have "] = { flags = ModFlag.Attack },
	["^melee attacks have "] = { flags = bor(ModFlag.Attack, ModFlag.Melee) },
	["^spells have "] = { flags = ModFlag.Spell },
	["^projectiles have "] = { flags = ModFlag.Projectile },
	["^warcry skills have "] = { keywordFlags = KeywordFlag.Warcry },
	["^slam skills have "] = { keywordFlags = KeywordFlag.Slam },
}

-- Restrictions found anywhere in the line (plain text).
local modFlagList = {
	["with attacks"] = { flags = ModFlag.Attack },
	["to attacks"] = { flags = ModFlag.Attack },
	["for attacks"] = { flags = ModFlag.Attack },
	["with attack skills"] = { flags = ModFlag.Attack },
	["for attack damage"] = { flags = ModFlag.Attack },
	["with spells"] = { flags = ModFlag.Spell },
	["for spells"] = { flags = ModFlag.Spell },
	["with spell skills"] = { flags = ModFlag.Spell },
	["for spell damage"] = { flags = ModFlag.Spell },
	["with hits"] = { flags = ModFlag.Hit },
	["with melee skills"] = { flags = ModFlag.Melee },
	["with bows"] = { flags = ModFlag.Bow },
	["with bow skills"] = { flags = ModFlag.Bow },
	["with crossbows"] = { flags = ModFlag.Crossbow },
	["with maces"] = { flags = ModFlag.Mace },
	["with quarterstaves"] = { flags = ModFlag.Staff },
	["with spears"] = { flags = ModFlag.Spear },
	["with swords"] = { flags = ModFlag.Sword },
	["with axes"] = { flags = ModFlag.Axe },
	["with daggers"] = { flags = ModFlag.Dagger },
	["with claws"] = { flags = ModFlag.Claw },
	["with flails"] = { flags = ModFlag.Flail },
	["with talismans"] = { flags = ModFlag.Talisman },
	["with unarmed attacks"] = { flags = bor(ModFlag.Unarmed, ModFlag.Attack) },
	["with one handed weapons"] = { flags = ModFlag.Weapon1H },
	["with one handed melee weapons"] = { flags = bor(ModFlag.Weapon1H, ModFlag.Melee) },
	["with two handed weapons"] = { flags = ModFlag.Weapon2H },
	["with two handed melee weapons"] = { flags = bor(ModFlag.Weapon2H, ModFlag.Melee) },
	["with totems"] = { keywordFlags = KeywordFlag.Totem },
}

local function condition(var, neg)
	return { tag = { type = "Condition", var = var, neg = neg } }
end

-- Conditions and scalings. Values are tag tables, or functions of the captures returning one.
local modTagList = {
	["while surrounded"] = condition("Surrounded"),
	["while on full life"] = condition("FullLife"),
	["while at full life"] = condition("FullLife"),
	["while on low life"] = condition("LowLife"),
	["while on full energy shield"] = condition("FullEnergyShield"),
	["while you have energy shield"] = condition("HaveEnergyShield"),
	["while wielding a shield"] = condition("UsingShield"),
	["while holding a shield"] = condition("UsingShield"),
	["while dual wielding"] = condition("DualWielding"),
	["while parrying"] = condition("Parrying"),
	["while moving"] = condition("Moving"),
	["while affected by a herald"] = condition("AffectedByHerald"),
	["while affected by herald of ice"] = condition("AffectedByHeraldOfIce"),
	["while affected by herald of ash"] = condition("AffectedByHeraldOfAsh"),
	["while affected by herald of thunder"] = condition("AffectedByHeraldOfThunder"),
	["while you have no life flask uses left"] = condition("NoLifeFlaskUses"),
	["while your companion is in your presence"] = condition("CompanionInPresence"),
	["if you've killed recently"] = condition("KilledRecently"),
	["if you've been hit recently"] = condition("BeenHitRecently"),
	["if you haven't been hit recently"] = condition("BeenHitRecently", true),
	["if you've dealt a critical hit recently"] = condition("CritRecently"),
	["if you've dealt a non%-critical hit recently"] = condition("NonCritRecently"),
	["if you've dodge rolled recently"] = condition("DodgeRolledRecently"),
	["if you've shocked an enemy recently"] = condition("ShockedRecently"),
	["if you have stunned an enemy recently"] = condition("StunnedEnemyRecently"),
	["if you have been heavy stunned recently"] = condition("HeavyStunnedRecently"),
	["against rare or unique enemies"] = condition("EnemyRareOrUnique"),
	["against enemies that are on full life"] = condition("EnemyFullLife"),
	["against burning enemies"] = condition("EnemyBurning"),
	["against immobilised enemies"] = condition("EnemyImmobilised"),
	["against heavy stunned enemies"] = condition("EnemyHeavyStunned"),
	["per socket filled"] = { tag = { type = "Multiplier", var = "ItemSocketFilled" } },
	["per power charge"] = { tag = { type = "Multiplier", var = "PowerCharge" } },
	["per frenzy charge"] = { tag = { type = "Multiplier", var = "FrenzyCharge" } },
	["per endurance charge"] = { tag = { type = "Multiplier", var = "EnduranceCharge" } },
	["per (%d+) strength"] = function(num)
		return { tag = { type = "PerStat", stat = "Str", div = tonumber(num) } }
	end,
	["per (%d+) dexterity"] = function(num)
		return { tag = { type = "PerStat", stat = "Dex", div = tonumber(num) } }
	end,
	["per (%d+) intelligence"] = function(num)
		return { tag = { type = "PerStat", stat = "Int", div = tonumber(num) } }
	end,
	["per (%d+) accuracy rating"] = function(num)
		return { tag = { type = "PerStat", stat = "Accuracy", div = tonumber(num) } }
	end,
	["per (%d+) maximum life"] = function(num)
		return { tag = { type = "PerStat", stat = "Life", div = tonumber(num) } }
	end,
	["from equipped helmet"] = { tag = { type = "SlotName", slotName = "Helmet" } },
	["from equipped body armour"] = { tag = { type = "SlotName", slotName = "Body Armour" } },
	["from equipped gloves"] = { tag = { type = "SlotName", slotName = "Gloves" } },
	["from equipped boots"] = { tag = { type = "SlotName", slotName = "Boots" } },
	["from equipped shield"] = { tag = { type = "SlotName", slotName = "Weapon 2" } },
	["with at least (%d+) strength"] = function(num)
		return { tag = { type = "StatThreshold", stat = "Str", threshold = tonumber(num) } }
	end,
	["with at least (%d+) dexterity"] = function(num)
		return { tag = { type = "StatThreshold", stat = "Dex", threshold = tonumber(num) } }
	end,
	["with at least (%d+) intelligence"] = function(num)
		return { tag = { type = "StatThreshold", stat = "Int", threshold = tonumber(num) } }
	end,
}

-- Whole lines with their own builders; the captures are passed to the function.
local specialModList = {
	["^maximum life is (%d+)$"] = function(num)
		return { mod("Life", "OVERRIDE", tonumber(num)) }
	end,
	["^([%d%.]+) life regeneration per second$"] = function(num)
		return { mod("LifeRegen", "BASE", tonumber(num)) }
	end,
	["^regenerate ([%d%.]+)%% of maximum life per second$"] = function(num)
		return { mod("LifeRegenPercent", "BASE", tonumber(num)) }
	end,
	["^([%d%.]+)%% of damage taken recouped as life$"] = function(num)
		return { mod("LifeRecoup", "BASE", tonumber(num)) }
	end,
	["^leech ([%d%.]+)%% of physical attack damage as life$"] = function(num)
		return { mod("PhysicalDamageLifeLeech", "BASE", tonumber(num), ModFlag.Attack) }
	end,
	["^leech ([%d%.]+)%% of physical attack damage as mana$"] = function(num)
		return { mod("PhysicalDamageManaLeech", "BASE", tonumber(num), ModFlag.Attack) }
	end,
	["^damage penetrates ([%d%.]+)%% (%a+) resistance$"] = function(num, damageType)
		local name = damageType:sub(1, 1):upper() .. damageType:sub(2) .. "Penetration"
		return { mod(name, "BASE", tonumber(num)) }
	end,
	["^damage penetrates ([%d%.]+)%% elemental resistances$"] = function(num)
		return { mod("ElementalPenetration", "BASE", tonumber(num)) }
	end,
	["^allocates (.+)$"] = function(name)
		return { mod("GrantedPassive", "LIST", name) }
	end,
	["^([%d%.]+)%% increased armour, evasion and energy shield$"] = function(num)
		return { mod("Defences", "INC", tonumber(num)) }
	end,
}

-- Finds the pattern of patternTable that matches line earliest; of those starting at the same
-- place the longest match wins, then the longest pattern, then the smallest pattern string, so
-- the answer does not depend on the order pairs visits the table in. Returns the pattern's value,
-- the line with the match cut out, and the captures (up to four) as a table.
local function scan(line, patternTable, plain)
	local bestIndex, bestEnd, bestPattern, bestValue, c1, c2, c3, c4
	for pattern, value in pairs(patternTable) do
		local index, endIndex, p1, p2, p3, p4 = line:find(pattern, 1, plain)
		if index then
			local better = not bestIndex
				or index < bestIndex
				or (index == bestIndex and (endIndex > bestEnd
					or (endIndex == bestEnd and (#pattern > #bestPattern
						or (#pattern == #bestPattern and pattern < bestPattern)))))
			if better then
				bestIndex, bestEnd, bestPattern, bestValue = index, endIndex, pattern, value
				c1, c2, c3, c4 = p1, p2, p3, p4
			end
		end
	end
	if bestIndex then
		local rest = line:sub(1, bestIndex - 1) .. " " .. line:sub(bestEnd + 1)
		return bestValue, rest, { c1, c2, c3, c4 }
	end
	return nil, line, nil
end

local function isBlank(text)
	return text:match("^[%s,]*$") ~= nil
end

-- Collects the mod names and the extra flags/keywordFlags/tag of a modNameList value.
local function nameEntry(value)
	if type(value) == "string" then
		return { value }, 0, 0, nil
	end
	local names = { }
	for i = 1, #value do
		names[i] = value[i]
	end
	return names, value.flags or 0, value.keywordFlags or 0, value.tag
end

local function addTag(tags, entry, caps)
	if type(entry) == "function" then
		entry = entry(caps[1], caps[2], caps[3], caps[4])
	end
	if entry.tag then
		tags[#tags + 1] = entry.tag
	end
end

local function parseLine(line)
	-- 1. whole-line special mods
	local special, rest, caps = scan(line, specialModList)
	if special and isBlank(rest) then
		return special(caps[1], caps[2], caps[3], caps[4])
	end

	local flags, keywordFlags = 0, 0
	local tags = { }

	-- 2. leading restrictions
	local preFlag
	preFlag, rest = scan(line, preFlagList)
	if preFlag then
		flags = bor(flags, preFlag.flags or 0)
		keywordFlags = OR64(keywordFlags, preFlag.keywordFlags or 0)
	end

	-- 3. form
	local form, formCaps
	form, rest, formCaps = scan(rest:gsub("^%s+", ""), formList)
	if not form then
		return nil, line
	end
	local num = tonumber(formCaps[1])
	if not num then
		return nil, line
	end

	-- 4. stat name
	local nameValue
	nameValue, rest = scan(rest, modNameList, true)
	if not nameValue then
		return nil, line
	end
	local names, nameFlags, nameKeywordFlags, nameTag = nameEntry(nameValue)
	flags = bor(flags, nameFlags)
	keywordFlags = OR64(keywordFlags, nameKeywordFlags)
	if nameTag then
		tags[#tags + 1] = nameTag
	end

	-- 5. restrictions anywhere in the line
	local flagValue
	flagValue, rest = scan(rest, modFlagList, true)
	if flagValue then
		flags = bor(flags, flagValue.flags or 0)
		keywordFlags = OR64(keywordFlags, flagValue.keywordFlags or 0)
	end

	-- 6. conditions and scalings: at most two per line
	for _ = 1, 2 do
		local tagValue, tagCaps
		tagValue, rest, tagCaps = scan(rest, modTagList)
		if not tagValue then
			break
		end
		addTag(tags, tagValue, tagCaps)
	end

	if not isBlank(rest) then
		return nil, (rest:gsub("^%s+", ""):gsub("%s+$", ""))
	end

	local modType, value = form, num
	if form == "RED" then
		modType, value = "INC", -num
	elseif form == "LESS" then
		modType, value = "MORE", -num
	elseif form == "NEGBASE" then
		modType, value = "BASE", -num
	elseif form == "GAIN" then
		modType = "BASE"
	end

	local modList = { }
	if form == "DMG" then
		local maxValue = tonumber(formCaps[2])
		for _, name in ipairs(names) do
			local damageType = name:match("^(%a+)Damage$")
			if not damageType or damageType == "Elemental" or not maxValue then
				return nil, line
			end
			modList[#modList + 1] = mod(damageType .. "Min", "BASE", num, flags, keywordFlags, unpack(tags))
			modList[#modList + 1] = mod(damageType .. "Max", "BASE", maxValue, flags, keywordFlags, unpack(tags))
		end
		return modList
	end
	for _, name in ipairs(names) do
		modList[#modList + 1] = mod(name, modType, value, flags, keywordFlags, unpack(tags))
	end
	return modList
end

-- Per engine instance (this chunk runs once per instance): line text -> { modList } or
-- { false, unsupportedText }.
local modCache = { }

-- Returns the mods of one line of mod text, or nil and the text that could not be read.
function modLib.parseMod(line)
	local cached = modCache[line]
	if not cached then
		local modList, extra = parseLine((line:lower():gsub("^%s+", ""):gsub("%s+$", "")))
		if modList then
			cached = { modList }
		else
			cached = { false, extra or line }
		end
		modCache[line] = cached
	end
	if cached[1] then
		return cached[1]
	end
	return nil, cached[2]
end

-- How many distinct lines the cache holds (for tests and diagnostics).
function modLib.parseCacheSize()
	local count = 0
	for _ in pairs(modCache) do
		count = count + 1
	end
	return count
end
